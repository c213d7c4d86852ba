import { describe, expect, it } from "vitest";
import { formatFolio } from "../../server/src/shared/folio.ts";
import { normalizeForSearch } from "../../server/src/shared/text.ts";
import { searchTerms } from "../../server/src/modules/service-connection/service-connection.service.ts";
import { fromGlobalId, idOf, toGlobalId } from "../../server/src/shared/global-id.ts";
import { DomainError } from "../../server/src/shared/errors.ts";

describe("folios", () => {
  it("should pad the sequence to six digits after the prefix and year", () => {
    expect(formatFolio("Q", 2026, 123)).toBe("Q-2026-000123");
    expect(formatFolio("OV", 2026, 45)).toBe("OV-2026-000045");
  });
});

describe("search text", () => {
  it("should drop accents and case so that 'jose perez' finds 'José Pérez Núñez'", () => {
    expect(normalizeForSearch("  José   PÉREZ Núñez ")).toBe("jose perez nunez");
    expect(searchTerms("José Pérez")).toEqual(["jose", "perez"]);
  });

  it("should keep only letters and digits as terms, so LIKE wildcards in the input match literally nothing", () => {
    expect(searchTerms("100%_01")).toEqual(["100", "01"]);
    expect(searchTerms("")).toEqual([]);
  });
});

describe("global ids", () => {
  it("should round-trip a type and database id", () => {
    expect(fromGlobalId(toGlobalId("WorkOrder", 42))).toEqual({ type: "WorkOrder", id: 42 });
  });

  it("should refuse an id of another type with BAD_USER_INPUT on the given field", () => {
    const error = (() => { try { idOf("WorkOrder", toGlobalId("Complaint", 1), "workOrderId"); } catch (e) { return e; } })() as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect([error.code, error.field]).toEqual(["BAD_USER_INPUT", "workOrderId"]);
  });
});
