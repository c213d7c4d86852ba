import { describe, expect, it } from "vitest";
import { safeNext } from "../../web/src/lib/safe-next.ts";

describe("the login's next page", () => {
  it.each([
    ["/tomas/100001", "/tomas/100001"],
    ["/tomas/100001/queja", "/tomas/100001/queja"],
    ["/?q=Jos%C3%A9%20P%C3%A9rez&after=c%3A20", "/?q=Jos%C3%A9%20P%C3%A9rez&after=c%3A20"],
    ["/ordenes/V29ya09yZGVyOjE=", "/ordenes/V29ya09yZGVyOjE="],
    ["/tomas/ñ", "/tomas/%C3%B1"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"], // an encoded slash stays a character of one path segment
  ])("should keep the same-origin path %j", (next, kept) => {
    expect(safeNext(next)).toBe(kept);
  });

  it.each([
    ["nothing", null],
    ["an empty value", ""],
    ["a protocol-relative URL", "//evil.example"],
    ["a protocol-relative URL with a path", "//evil.example/login"],
    ["three slashes", "///evil.example"],
    ["a backslash after the slash", "/\\evil.example"],
    ["a backslash before the slash", "\\/evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["a tab between slashes (the reported %09)", "/\t/evil.example"],
    ["a line feed between slashes (the reported %0A)", "/\n/evil.example"],
    ["a carriage return", "/\r/evil.example"],
    ["CR LF header injection", "/tomas\r\nSet-Cookie: a=b"],
    ["a NUL byte", "/tomas\u0000/x"],
    ["a leading space", " //evil.example"],
    ["a space inside", "/ /evil.example"],
    ["a no-break space", "/\u00a0/evil.example"],
    ["an ideographic space", "/\u3000/evil.example"],
    ["a zero-width space", "/\u200b/evil.example"],
    ["a right-to-left mark", "/\u200f/evil.example"],
    ["a tab first", "\t//evil.example"],
    ["an absolute http URL", "http://evil.example/"],
    ["an absolute https URL", "https://evil.example"],
    ["a scheme-relative URL without slashes", "https:evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["JavaScript: in capitals", "JaVaScRiPt:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["a relative path without a slash", "evil.example"],
    ["a dot segment that collapses into //", "/.//evil.example"],
    ["a parent segment that collapses into //", "/a/..//evil.example"],
    ["an encoded parent segment that collapses into //", "/%2e%2e//evil.example"],
    ["an encoded dot segment", "/%2E//evil.example"],
    ["a userinfo trick", "//portal@evil.example"],
    ["a very long value", `/${"a".repeat(3000)}`],
  ])("should fall back to / for %s", (_what, next) => {
    expect(safeNext(next)).toBe("/");
  });
});
