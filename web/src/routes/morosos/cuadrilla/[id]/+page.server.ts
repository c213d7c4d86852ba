import { error, fail } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { LimitationResult } from "$lib/graphql/generated/graphql";
import { api } from "$lib/server/api";
import { requireUser, takeFlash } from "$lib/server/session";
import { crewSheet } from "$lib/server/limitation-data";
import { oneOf, text } from "$lib/server/form";
import { can } from "$lib/roles";
import { LIMITATION_RESULTS } from "$lib/labels";
import type { Actions, PageServerLoad } from "./$types";

const RecordLimitationResults = graphql(`
  mutation RecordLimitationResults($input: RecordLimitationResultsInput!) {
    recordLimitationResults(input: $input) {
      recorded
      failed
      results {
        index
        ok
        workOrder {
          folio
          limitationResult
        }
        error {
          field
          message
        }
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, params, cookies, url }) => {
  const { user, token } = requireUser(locals);
  if (!can(user, "readDelinquency")) error(403, "Su puesto no consulta las listas de las cuadrillas.");
  const sheet = await crewSheet(token, params.id);
  return { ...sheet, canRecord: can(user, "recordLimitationResults"), printedAt: new Date().toISOString(), flash: takeFlash(cookies, url) };
};

const RESULTS = Object.keys(LIMITATION_RESULTS) as LimitationResult[];

export const actions: Actions = {
  /** The crew's list back from the field: every row with a result chosen, in one call; the report says how each went. */
  resultados: async ({ locals, request }) => {
    const { user, token } = requireUser(locals);
    if (!can(user, "recordLimitationResults")) error(403, "Solo Cobranza registra los resultados de las cuadrillas.");
    const form = await request.formData();
    const values: Record<string, string> = {};
    const rows = form.getAll("orderId").map(String).flatMap((id) => {
      const result = oneOf(text(form, `result-${id}`), RESULTS);
      const notes = text(form, `notes-${id}`);
      values[`result-${id}`] = result ?? "";
      values[`notes-${id}`] = notes;
      return result ? [{ id, folio: text(form, `folio-${id}`), controlNumber: text(form, `control-${id}`), result, notes }] : [];
    });
    if (!rows.length) return fail(400, { values, errors: ["Elija el resultado de al menos una orden."], report: null });
    const { data } = await api(token, RecordLimitationResults, {
      input: { results: rows.map((r) => ({ workOrderId: r.id, result: r.result, notes: r.notes || null })) },
    });
    const payload = data.recordLimitationResults;
    if (payload.userErrors.length) return fail(400, { values, errors: payload.userErrors.map((e) => e.message), report: null });
    const report = payload.results.map((outcome) => {
      const row = rows[outcome.index];
      return {
        id: row.id,
        folio: outcome.workOrder?.folio ?? row.folio,
        controlNumber: row.controlNumber,
        result: LIMITATION_RESULTS[row.result],
        ok: outcome.ok,
        message: outcome.ok ? "Registrado" : (outcome.error?.message ?? "No se registró"),
      };
    });
    // the recorded rows leave the list; the ones that failed keep what was chosen for them
    for (const r of report) if (r.ok) (delete values[`result-${r.id}`], delete values[`notes-${r.id}`]);
    // a list partly recorded is not a refused form: the page reloads without the recorded rows and shows the report
    return { recorded: payload.recorded, failed: payload.failed, report, values, errors: [] as string[] };
  },
};
