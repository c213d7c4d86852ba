import { fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { ConnectionType } from "$lib/graphql/generated/graphql";
import { api } from "$lib/server/api";
import { requireUser, setFlash, takeFlash } from "$lib/server/session";
import { oneOf, text } from "$lib/server/form";
import { errorText, TARIFF_BLOCK_ROWS } from "$lib/admin";
import { CONNECTION_TYPES } from "$lib/labels";
import type { Actions, PageServerLoad } from "./$types";


const TariffsCatalog = graphql(`
  query TariffsCatalog {
    tariffs {
      id
      connectionType
      validFrom
      minimumM3
      minimumCharge
      inForce
      blocks {
        fromM3
        toM3
        pricePerM3
      }
    }
  }
`);

const SaveTariff = graphql(`
  mutation SaveTariff($input: TariffInput!) {
    saveTariff(input: $input) {
      tariff {
        connectionType
        validFrom
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, cookies, url }) => {
  const { token } = requireUser(locals);
  return { tariffs: (await api(token, TariffsCatalog)).data.tariffs, flash: takeFlash(cookies, url) };
};

/** "12", "12.5" or "12,5" as the API's decimal text; "" stays "" (the API says what is missing). */
const decimal = (value: string) => (value === "" ? "" : value.replace(",", "."));

export const actions: Actions = {
  default: async ({ locals, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const connectionType = oneOf(text(form, "connectionType"), Object.keys(CONNECTION_TYPES) as ConnectionType[]);
    const blocks = Array.from({ length: TARIFF_BLOCK_ROWS }, (_, i) => ({ fromM3: decimal(text(form, `fromM3-${i}`)), toM3: decimal(text(form, `toM3-${i}`)) || null, pricePerM3: decimal(text(form, `price-${i}`)) })).filter(
      (b) => b.fromM3 || b.pricePerM3,
    );
    if (!connectionType) return fail(400, { error: "Elija el tipo de toma" });
    const input = { id: text(form, "id") || null, connectionType, validFrom: text(form, "validFrom"), minimumM3: decimal(text(form, "minimumM3")), minimumCharge: decimal(text(form, "minimumCharge")), blocks };
    try {
      const { tariff, userErrors } = (await api(token, SaveTariff, { input })).data.saveTariff;
      if (!tariff) return fail(400, { error: errorText(userErrors, "No se pudo guardar la tarifa") });
      setFlash(cookies, url, "Tarifa guardada.");
    } catch (e) {
      // a number the API's Decimal does not accept comes back as a request error
      if ((e as { status?: number }).status === 400) return fail(400, { error: "Revise las cantidades: números con hasta dos decimales (p. ej. 13.40)." });
      throw e;
    }
    redirect(303, url.pathname);
  },
};
