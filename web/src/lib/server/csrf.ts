// Cross-site form posts are refused: the Origin header's host must be this portal's host (scheme aside; see svelte.config.js).

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];
const UNSAFE_METHODS = ["POST", "PUT", "PATCH", "DELETE"];

export function isCrossSiteForm(request: Request, url: URL): boolean {
  if (!UNSAFE_METHODS.includes(request.method)) return false;
  const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase() ?? "";
  if (!FORM_TYPES.includes(type)) return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  try {
    return new URL(origin).host !== url.host;
  } catch {
    return true;
  }
}
