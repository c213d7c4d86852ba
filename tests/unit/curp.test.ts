import { describe, expect, it } from "vitest";
import { curpCheckDigit, curpProblem, normalizeCurp } from "../../server/src/shared/curp.ts";
import { cleanUserFields } from "../../server/src/modules/user/user.rules.ts";
import { DomainError } from "../../server/src/shared/errors.ts";

describe("CURP", () => {
  it.each([
    // RENAPO's own published example (Gloria Hernández García, Veracruz, 1956)
    ["HEGG560427MVZRRL04"],
    // the example of python-stdnum's mx.curp module (born abroad, 1931)
    ["BOXW310820HNERXN09"],
    // born in 2001 (letter differentiator), Sinaloa; its check digit (0) computed in Python apart from this module
    ["MAGA010203MSLRRNA0"],
    // written in lower case with spaces: normalised before the check
    ["hegg 560427 mvzrrl04"],
  ])("should accept %s", (written) => {
    expect(curpProblem(normalizeCurp(written))).toBeNull();
  });

  it.each([
    ["a wrong check digit", "HEGG560427MVZRRL05", /dígito verificador.*debería ser 4/],
    ["a wrong check digit (born 2001)", "MAGA010203MSLRRNA7", /dígito verificador.*debería ser 0/],
    ["a date that does not exist (31 February)", "HEGG560231MVZRRL04", /fecha de nacimiento.*31\/02\/56.*no existe/],
    ["a 29 February in a year that is not leap (1957)", "HEGG570229MVZRRL04", /no existe/],
    ["month 13", "HEGG561327MVZRRL04", /no existe/],
    ["an unknown state code (XX)", "HEGG560427MXXRRL04", /«XX» no es un código de entidad/],
    ["a sex other than H, M, X", "HEGG560427QVZRRL04", /sexo/],
    ["17 characters", "HEGG560427MVZRRL0", /18 caracteres \(tiene 17\)/],
    ["a digit among the initials", "H3GG560427MVZRRL04", /primeros 4/],
    ["a consonant as second character", "HBGG560427MVZRRL04", /vocal/],
    ["a vowel among the internal consonants", "HEGG560427MVZARL04", /consonantes/],
    ["a letter as check digit", "HEGG560427MVZRRL0A", /dígito verificador/],
  ])("should reject %s", (_case, curp, message) => {
    expect(curpProblem(curp)).toMatch(message);
  });

  it("should weigh each of the first 17 characters by 18 minus its position", () => {
    // HEGG560427MVZRRL0: weighted sum 2,246 → (10 − 6) mod 10 = 4
    expect(curpCheckDigit("HEGG560427MVZRRL0")).toBe(4);
  });
});

describe("customer fields", () => {
  const failure = (fn: () => unknown) => {
    try { fn(); } catch (error) { return error as DomainError; }
    throw new Error("expected a failure");
  };

  it("should normalise name, CURP, phone and e-mail", () => {
    expect(cleanUserFields({ fullName: "  María   Inzunza ", curp: "hegg560427mvzrrl04", phone: "+52 1 (667) 123-4567", email: " Maria@Correo.MX " }, { creating: true })).toEqual({
      fullName: "María Inzunza", searchText: "maria inzunza", curp: "HEGG560427MVZRRL04", phone: "6671234567", email: "maria@correo.mx",
    });
  });

  it("should name the field at fault", () => {
    expect(failure(() => cleanUserFields({ fullName: "" }, { creating: true }))).toMatchObject({ field: "fullName", code: "BAD_USER_INPUT" });
    expect(failure(() => cleanUserFields({ fullName: "A", curp: "HEGG560427MVZRRL05" }, { creating: true }))).toMatchObject({ field: "curp" });
    expect(failure(() => cleanUserFields({ phone: "123" }, { creating: false }))).toMatchObject({ field: "phone" });
    expect(failure(() => cleanUserFields({ email: "no-es-correo" }, { creating: false }))).toMatchObject({ field: "email" });
    expect(failure(() => cleanUserFields({ discountCredential: "PEN-1" }, { creating: false }))).toMatchObject({ field: "discountCredentialType" });
  });

  it("should change only the fields given on update, and clear one given empty", () => {
    expect(cleanUserFields({ email: "" }, { creating: false })).toEqual({ email: null });
  });
});
