// The register file's template: the documented headers (README, "Importing an existing register") and two example
// rows, as the importer reads them (tests/unit/register-import-template.test.ts runs it through the importer).
import { requireUser } from "$lib/server/session";
import { CSV_BOM, csvHeaders, csvLine } from "$lib/server/csv";
import { registerTemplateRows } from "$lib/labels";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = ({ locals }) => {
  requireUser(locals);
  const body = CSV_BOM + registerTemplateRows().map(csvLine).join("");
  return new Response(body, { headers: csvHeaders("plantilla-padron.csv") });
};
