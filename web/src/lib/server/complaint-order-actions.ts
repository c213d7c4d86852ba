// Form actions of the counter's order-related steps, shared by the ficha and the complaint page: ask for a
// reconnection, record the advice that closes a NORMAL complaint. The rules are the API's; its userErrors come back.
import { fail, redirect, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, setFlash } from "$lib/server/session";
import { text, userErrorsByField } from "$lib/server/form";
import { STANDARD_ADVICE } from "$lib/advice";

const RequestReconnection = graphql(`
  mutation RequestReconnection($input: RequestReconnectionInput!) {
    requestReconnection(input: $input) {
      workOrder { id folio }
      userErrors { field message }
    }
  }
`);

const RecordAdvice = graphql(`
  mutation RecordAdvice($input: RecordAdviceInput!) {
    recordAdvice(input: $input) {
      complaint { id folio }
      userErrors { field message }
    }
  }
`);

const PauseComplaint = graphql(`
  mutation PauseComplaint($input: PauseComplaintInput!) {
    pauseComplaint(input: $input) { complaint { id folio } userErrors { field message } }
  }
`);
const ResumeComplaint = graphql(`
  mutation ResumeComplaint($input: ResumeComplaintInput!) {
    resumeComplaint(input: $input) { complaint { id folio } userErrors { field message } }
  }
`);

/** The complaint waits on the customer: its clock stops, with what is expected from them. */
export async function pauseComplaintAction(event: RequestEvent<{ id: string }>) {
  const { token } = requireUser(event.locals);
  const form = await event.request.formData();
  const values = { pauseReason: text(form, "pauseReason") };
  if (!values.pauseReason) return fail(400, { action: "pausar", values, errors: { pauseReason: "Indique qué se espera del usuario" } });
  const { data } = await api(token, PauseComplaint, { input: { complaintId: event.params.id, reason: values.pauseReason } });
  const { complaint, userErrors } = data.pauseComplaint;
  if (!complaint || userErrors.length) return fail(400, { action: "pausar", values, errors: userErrorsByField(userErrors.map((e) => ({ ...e, field: e.field === "reason" ? "pauseReason" : e.field })), ["pauseReason"]) });
  setFlash(event.cookies, event.url, `${complaint.folio} en pausa: espera al usuario.`);
  redirect(303, `/quejas/${complaint.id}`);
}

export async function resumeComplaintAction(event: RequestEvent<{ id: string }>) {
  const { token } = requireUser(event.locals);
  const { data } = await api(token, ResumeComplaint, { input: { complaintId: event.params.id } });
  const { complaint, userErrors } = data.resumeComplaint;
  if (!complaint || userErrors.length) return fail(400, { action: "reanudar", errors: userErrorsByField(userErrors, []) });
  setFlash(event.cookies, event.url, `${complaint.folio} reanudada.`);
  redirect(303, `/quejas/${complaint.id}`);
}

export async function reconnectionAction(event: RequestEvent) {
  const { token } = requireUser(event.locals);
  const form = await event.request.formData();
  const { data } = await api(token, RequestReconnection, { input: { connectionId: text(form, "connectionId") } });
  const { workOrder, userErrors } = data.requestReconnection;
  if (!workOrder || userErrors.length) return fail(400, { action: "reconexion", errors: userErrorsByField(userErrors, []) });
  setFlash(event.cookies, event.url, `Reconexión solicitada: orden ${workOrder.folio} emitida con la observación "Reinstalación de servicio".`);
  redirect(303, `/ordenes/${workOrder.id}`);
}

/** The advice given: the standard points ticked, plus what the clerk wrote. */
export async function adviceAction(event: RequestEvent) {
  const { token } = requireUser(event.locals);
  const form = await event.request.formData();
  const complaintId = text(form, "complaintId");
  const ticked = form.getAll("punto").map(String).filter((key) => key in STANDARD_ADVICE);
  const written = text(form, "advice");
  const advice = [...ticked.map((key) => STANDARD_ADVICE[key as keyof typeof STANDARD_ADVICE]), written].filter(Boolean).join(". ");
  const values = { complaintId, advice: written, punto: ticked.join(",") };
  if (!advice) return fail(400, { action: "asesoria", values, errors: { advice: "Marque o escriba la asesoría que se dio al usuario" } });
  const { data } = await api(token, RecordAdvice, { input: { complaintId, advice } });
  const { complaint, userErrors } = data.recordAdvice;
  if (!complaint || userErrors.length) return fail(400, { action: "asesoria", values, errors: userErrorsByField(userErrors, ["advice"]) });
  setFlash(event.cookies, event.url, `Asesoría registrada: la queja ${complaint.folio} quedó cerrada.`);
  redirect(303, `/quejas/${complaint.id}`);
}
