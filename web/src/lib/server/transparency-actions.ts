// The two actions on a transparency month (generate a version, record a delivery), shared by the list and the month's page.
import { fail, redirect, type Actions } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, setFlash } from "$lib/server/session";

const GenerateTransparencyReport = graphql(`
  mutation GenerateTransparencyReport($input: GenerateTransparencyReportInput!) {
    generateTransparencyReport(input: $input) {
      ...TransparencyReportChange
    }
  }
`);

const MarkTransparencyReportDelivered = graphql(`
  mutation MarkTransparencyReportDelivered($input: MarkTransparencyReportDeliveredInput!) {
    markTransparencyReportDelivered(input: $input) {
      ...TransparencyReportChange
    }
  }
`);

/** The month's two actions, shared with its detail page. */
export const transparencyActions: Actions = {
  generate: async ({ locals, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const [year, month] = [Number(form.get("year")), Number(form.get("month"))];
    const { data } = await api(token, GenerateTransparencyReport, { input: { year, month } });
    const { report, userErrors } = data.generateTransparencyReport;
    if (!report) return fail(400, { error: userErrors[0]?.message ?? "No se pudo generar el informe" });
    setFlash(cookies, url, `Informe generado: versión ${report.version}.`);
    redirect(303, url.pathname);
  },
  deliver: async ({ locals, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const { data } = await api(token, MarkTransparencyReportDelivered, { input: { id: String(form.get("id")) } });
    const { report, userErrors } = data.markTransparencyReportDelivered;
    if (!report) return fail(400, { error: userErrors[0]?.message ?? "No se pudo registrar la entrega" });
    setFlash(cookies, url, `Entrega registrada (versión ${report.version}).`);
    redirect(303, url.pathname);
  },
};

