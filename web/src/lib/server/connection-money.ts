// The money side of the ficha (its own query, beside the ficha's): consumption of the last periods, verifications
// an adjustment may be requested from, the social discount pending or in force, and which of those actions to offer.
import type { Cookies } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api, hidden } from "$lib/server/api";
import { takeFlash } from "$lib/server/session";
import { can } from "$lib/roles";
import type { SessionUser } from "$lib/session-user";

const ConnectionMoney = graphql(`
  query ConnectionMoney($controlNumber: String!) {
    serviceConnection(controlNumber: $controlNumber) {
      consumption(periods: 12) {
        period
        consumptionM3
      }
      adjustableVerifications {
        workOrder {
          id
          folio
          completedAt
        }
        verifiedM3
        remainingM3
      }
      socialDiscount {
        id
        status
        percentage
        volumeM3
        validUntil
        credentialType
      }
    }
  }
`);

export async function loadConnectionMoney(token: string, user: SessionUser, controlNumber: string, cookies: Cookies, url: URL) {
  const result = await api(token, ConnectionMoney, { controlNumber });
  const c = result.data.serviceConnection;
  return {
    flash: takeFlash(cookies, url),
    consumption: hidden(result, "serviceConnection.consumption") ? null : (c?.consumption ?? null),
    adjustable: c?.adjustableVerifications ?? [],
    socialDiscount: c?.socialDiscount ?? null,
    canRequestDiscount: can(user, "requestDiscount"),
  };
}
