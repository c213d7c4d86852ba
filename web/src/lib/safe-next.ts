// Where the login sends the staff member afterwards: only a path of this portal, never another site.

const SOME_ORIGIN = "http://portal.invalid";
/** Browsers drop tabs and line breaks from URLs and read `\` as `/`, so "/\t/evil" and "/\evil" mean "//evil". */
const UNSAFE_CHARACTER = /[\s\\\p{Cc}\p{Cf}]/u;
const MAX_LENGTH = 2000;

/**
 * `next` when it is a same-origin relative path ("/tomas/100001?x=1"), normalised as a browser would read it;
 * "/" for anything else: absolute or protocol-relative URLs ("//evil", "https://…", "javascript:…"), whitespace,
 * control characters or backslashes anywhere, and dot segments that collapse into "//".
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || next.length > MAX_LENGTH || !next.startsWith("/") || UNSAFE_CHARACTER.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, SOME_ORIGIN);
  } catch {
    return "/";
  }
  const path = url.pathname + url.search + url.hash;
  return url.origin === SOME_ORIGIN && !path.startsWith("//") ? path : "/";
}
