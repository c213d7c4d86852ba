import { fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { WorkOrderType } from "$lib/graphql/generated/graphql";
import { api } from "$lib/server/api";
import { requireUser, setFlash, takeFlash } from "$lib/server/session";
import { oneOf, text } from "$lib/server/form";
import { errorText } from "$lib/admin";
import { WORK_ORDER_TYPES } from "$lib/labels";
import type { Actions, PageServerLoad } from "./$types";

const ServiceTargets = graphql(`
  query ServiceTargets {
    serviceTargets {
      type
      hours
      businessDays
      escalateToHeadAfterHours
      escalateToManagerAfterHours
    }
  }
`);

const UpdateServiceTarget = graphql(`
  mutation UpdateServiceTarget($input: UpdateServiceTargetInput!) {
    updateServiceTarget(input: $input) {
      serviceTarget {
        type
      }
      userErrors {
        message
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, cookies, url }) => {
  const { token } = requireUser(locals);
  return { targets: (await api(token, ServiceTargets)).data.serviceTargets, flash: takeFlash(cookies, url) };
};

const whole = (value: string) => (/^\d{1,4}$/.test(value) ? Number(value) : null);

export const actions: Actions = {
  default: async ({ locals, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const type = oneOf(text(form, "type"), Object.keys(WORK_ORDER_TYPES) as WorkOrderType[]);
    const amount = whole(text(form, "amount"));
    const [head, manager] = [whole(text(form, "head")), whole(text(form, "manager"))];
    if (!type || amount === null || head === null || manager === null) return fail(400, { error: "Escriba números enteros en la meta y en el escalamiento" });
    const inHours = text(form, "unit") === "hours";
    const input = { type, hours: inHours ? amount : null, businessDays: inHours ? null : amount, escalateToHeadAfterHours: head, escalateToManagerAfterHours: manager };
    const { serviceTarget, userErrors } = (await api(token, UpdateServiceTarget, { input })).data.updateServiceTarget;
    if (!serviceTarget) return fail(400, { error: errorText(userErrors, "No se pudo guardar la meta") });
    setFlash(cookies, url, `Meta de ${WORK_ORDER_TYPES[type].toLowerCase()} guardada: aplica a las órdenes que se emitan desde ahora.`);
    redirect(303, url.pathname);
  },
};
