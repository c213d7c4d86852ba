import { describe, expect, it } from "vitest";
import { normalizePhone, phoneInput } from "../../server/src/shared/phone.ts";
import { DomainError } from "../../server/src/shared/errors.ts";

describe("Mexican phone numbers", () => {
  it.each([
    ["6671234567", "6671234567"],
    ["667 123 4567", "6671234567"],
    ["667-123-4567", "6671234567"],
    ["(667) 123 4567", "6671234567"],
    ["(667) 123-45-67", "6671234567"],
    ["667.123.4567", "6671234567"],
    ["+52 667 123 4567", "6671234567"],
    ["+526671234567", "6671234567"],
    ["52 667 123 4567", "6671234567"],
    ["0052 667 123 4567", "6671234567"],
    ["+52 1 667 123 4567", "6671234567"],
    ["521 667 123 4567", "6671234567"],
    ["044 667 123 4567", "6671234567"],
    ["045 (667) 123 4567", "6671234567"],
    ["01 667 123 4567", "6671234567"],
    ["  697 123 4567  ", "6971234567"],
    ["５５ １２３４ ５６７８", "5512345678"],
  ])("should store %j as %s", (written, stored) => {
    expect(normalizePhone(written)).toBe(stored);
  });

  it.each([
    ["too short", "667 123 456"],
    ["too long", "667 123 45678"],
    ["a national number starting with 0", "067 123 4567"],
    ["a national number starting with 1", "167 123 4567"],
    ["letters", "667 ABC 4567"],
    ["an extension", "667 123 4567 ext 12"],
    ["another country's code", "+1 667 123 4567"],
    ["a plus sign in the middle", "667+1234567"],
    ["a slash", "667/123/4567"],
    ["a NUL byte", "667123\u00004567"],
    ["only separators", "( ) - ."],
    ["a prefix with a short number", "044 667 123 456"],
  ])("should refuse %s", (_what, written) => {
    expect(normalizePhone(written)).toBeNull();
  });

  it("should read an empty phone as none and name the field when the phone is not one", () => {
    expect(phoneInput("reporterPhone", "El teléfono de contacto", "  ")).toBeNull();
    expect(phoneInput("reporterPhone", "El teléfono de contacto", null)).toBeNull();
    expect(phoneInput("reporterPhone", "El teléfono de contacto", "(667) 123 4567")).toBe("6671234567");
    const refused = (() => { try { phoneInput("reporterPhone", "El teléfono de contacto", "123"); } catch (e) { return e; } })() as DomainError;
    expect(refused).toBeInstanceOf(DomainError);
    expect([refused.code, refused.field]).toEqual(["BAD_USER_INPUT", "reporterPhone"]);
    expect(refused.message).toMatch(/^El teléfono de contacto no es un número de teléfono/);
  });
});
