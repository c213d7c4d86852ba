// The work-order page's form actions: one per lifecycle action of the API (work-order.transitions.ts). Each reads the
// form, calls its mutation and turns userErrors into per-field messages; the rules themselves are the API's.
import { fail, redirect, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { LimitationResult, Role, VerificationOutcome } from "$lib/graphql/generated/graphql";
import { api } from "$lib/server/api";
import { requireUser, setFlash } from "$lib/server/session";
import { oneOf, text, userErrorsByField } from "$lib/server/form";
import { LIMITATION_RESULTS, ROLE_LABELS, VERIFICATION_OUTCOMES } from "$lib/labels";

const AssignWorkOrder = graphql(`
  mutation AssignWorkOrder($input: AssignWorkOrderInput!) {
    assignWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }
  }
`);
const StartWorkOrder = graphql(`
  mutation StartWorkOrder($input: StartWorkOrderInput!) {
    startWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }
  }
`);
const CompleteWorkOrder = graphql(`
  mutation CompleteWorkOrder($input: CompleteWorkOrderInput!) {
    completeWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }
  }
`);
const CancelWorkOrder = graphql(`
  mutation CancelWorkOrder($input: CancelWorkOrderInput!) {
    cancelWorkOrder(input: $input) { workOrder { id folio status } userErrors { field message } }
  }
`);
const PauseWorkOrder = graphql(`
  mutation PauseWorkOrder($input: PauseWorkOrderInput!) {
    pauseWorkOrder(input: $input) { workOrder { id folio } userErrors { field message } }
  }
`);
const ResumeWorkOrder = graphql(`
  mutation ResumeWorkOrder($input: ResumeWorkOrderInput!) {
    resumeWorkOrder(input: $input) { workOrder { id folio dueAt } userErrors { field message } }
  }
`);
const CompleteVerification = graphql(`
  mutation CompleteVerification($input: CompleteVerificationInput!) {
    completeVerification(input: $input) {
      workOrder { id folio status }
      followUpOrder { folio }
      userErrors { field message }
    }
  }
`);

type Event = RequestEvent<{ id: string }>;

/** "12", "12.5" or "12,5" as the API's Decimal ("12.50"); null when it is not a number. */
function decimal(value: string): string | null {
  const normalized = value.replace(",", ".");
  return /^\d{1,8}(\.\d{1,2})?$/.test(normalized) ? Number(normalized).toFixed(2) : null;
}

async function read(event: Event, names: readonly string[]) {
  const { token } = requireUser(event.locals);
  const form = await event.request.formData();
  const values = Object.fromEntries(names.map((name) => [name, text(form, name)]));
  return { token, values };
}

function done(event: Event, message: string, to = `/ordenes/${event.params.id}`): never {
  setFlash(event.cookies, event.url, message);
  redirect(303, to);
}

const refused = (action: string, values: Record<string, string>, userErrors: { field?: string | null; message: string }[], fields: readonly string[]) =>
  fail(400, { action, values, errors: userErrorsByField(userErrors, fields) });

export const workOrderActions = {
  asignar: async (event: Event) => {
    const { token, values } = await read(event, ["destino"]);
    // one select: "persona:<id>" or "departamento:<ROLE>"
    const [kind, value] = values.destino.split(":");
    if (!value) return fail(400, { action: "asignar", values, errors: { destino: "Elija a quién se turna la orden" } });
    const input = kind === "persona" ? { workOrderId: event.params.id, assigneeId: value } : { workOrderId: event.params.id, department: oneOf(value, Object.keys(ROLE_LABELS) as Role[]) };
    const { data } = await api(token, AssignWorkOrder, { input });
    const { workOrder, userErrors } = data.assignWorkOrder;
    if (!workOrder || userErrors.length) return refused("asignar", values, userErrors, []);
    done(event, `Orden ${workOrder.folio} asignada.`);
  },

  iniciar: async (event: Event) => {
    const { token } = await read(event, []);
    const { data } = await api(token, StartWorkOrder, { input: { workOrderId: event.params.id } });
    const { workOrder, userErrors } = data.startWorkOrder;
    if (!workOrder || userErrors.length) return refused("iniciar", {}, userErrors, []);
    done(event, `Orden ${workOrder.folio} en proceso.`);
  },

  resultado: async (event: Event) => {
    const fields = ["limitationResult", "serialNumber", "brand", "initialReadingM3", "installedOn", "notes"] as const;
    const { token, values } = await read(event, fields);
    const hasMeter = !!(values.serialNumber || values.initialReadingM3 || values.installedOn);
    // the scalars' shapes are checked here (a malformed one would fail the whole request); the rules are the API's
    const reading = decimal(values.initialReadingM3 || "0");
    if (hasMeter && reading === null) return fail(400, { action: "resultado", values, errors: { initialReadingM3: "Escriba la lectura en m³, p. ej. 12.5" } });
    if (hasMeter && !/^\d{4}-\d{2}-\d{2}$/.test(values.installedOn)) return fail(400, { action: "resultado", values, errors: { installedOn: "Indique la fecha de instalación" } });
    const input = {
      workOrderId: event.params.id,
      notes: values.notes || null,
      limitationResult: oneOf(values.limitationResult, Object.keys(LIMITATION_RESULTS) as LimitationResult[]),
      newMeter: hasMeter
        ? { serialNumber: values.serialNumber, brand: values.brand || null, initialReadingM3: reading!, installedOn: values.installedOn }
        : null,
    };
    const { data } = await api(token, CompleteWorkOrder, { input });
    const { workOrder, userErrors } = data.completeWorkOrder;
    if (!workOrder || userErrors.length) return refused("resultado", values, userErrors, fields);
    done(event, `Resultado registrado: orden ${workOrder.folio} solventada.`);
  },

  cancelar: async (event: Event) => {
    const { token, values } = await read(event, ["reason"]);
    if (!values.reason) return fail(400, { action: "cancelar", values, errors: { reason: "Indique el motivo de la cancelación" } });
    const { data } = await api(token, CancelWorkOrder, { input: { workOrderId: event.params.id, reason: values.reason } });
    const { workOrder, userErrors } = data.cancelWorkOrder;
    if (!workOrder || userErrors.length) return refused("cancelar", values, userErrors, ["reason"]);
    done(event, `Orden ${workOrder.folio} cancelada.`);
  },

  pausar: async (event: Event) => {
    const { token, values } = await read(event, ["pauseReason"]);
    if (!values.pauseReason) return fail(400, { action: "pausar", values, errors: { pauseReason: "Indique qué se espera del usuario" } });
    const { data } = await api(token, PauseWorkOrder, { input: { workOrderId: event.params.id, reason: values.pauseReason } });
    const { workOrder, userErrors } = data.pauseWorkOrder;
    if (!workOrder || userErrors.length) return fail(400, { action: "pausar", values, errors: userErrorsByField(userErrors.map((e) => ({ ...e, field: e.field === "reason" ? "pauseReason" : e.field })), ["pauseReason"]) });
    done(event, `Orden ${workOrder.folio} en pausa: su plazo no corre hasta que se reanude.`);
  },

  reanudar: async (event: Event) => {
    const { token } = await read(event, []);
    const { data } = await api(token, ResumeWorkOrder, { input: { workOrderId: event.params.id } });
    const { workOrder, userErrors } = data.resumeWorkOrder;
    if (!workOrder || userErrors.length) return refused("reanudar", {}, userErrors, []);
    done(event, `Orden ${workOrder.folio} reanudada; su fecha límite se recorrió por el tiempo hábil en pausa.`);
  },

  verificar: async (event: Event) => {
    const fields = ["outcome", "excessM3", "notes"] as const;
    const { token, values } = await read(event, fields);
    const outcome = oneOf(values.outcome, Object.keys(VERIFICATION_OUTCOMES) as VerificationOutcome[]);
    if (!outcome) return fail(400, { action: "verificar", values, errors: { outcome: "Elija el resultado de la verificación" } });
    const excessM3 = outcome === "METER_OVER_REGISTERING" ? decimal(values.excessM3) : null;
    const { data } = await api(token, CompleteVerification, { input: { workOrderId: event.params.id, outcome, excessM3, notes: values.notes || null } });
    const { workOrder, followUpOrder, userErrors } = data.completeVerification;
    if (!workOrder || userErrors.length) return refused("verificar", values, userErrors, fields);
    const next = followUpOrder ? ` Se emitió la orden de reparación de fuga ${followUpOrder.folio} a seguimiento.` : "";
    done(event, `Resultado registrado: orden ${workOrder.folio} solventada.${next}`, "/ordenes");
  },
};
