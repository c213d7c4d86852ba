import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, takeFlash } from "$lib/server/session";
import { transparencyActions } from "$lib/server/transparency-actions";
import { canReadTransparency } from "$lib/roles";
import type { PageServerLoad } from "./$types";

const TransparencyMonths = graphql(`
  query TransparencyMonths($count: Int!) {
    transparencyMonths(count: $count) {
      ...TransparencyMonthStatus
      reports {
        ...TransparencySnapshotSummary
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, cookies, url }) => {
  const { user, token } = requireUser(locals);
  if (!canReadTransparency(user)) error(403, "Su puesto no consulta los informes de transparencia.");
  const { data } = await api(token, TransparencyMonths, { count: 12 });
  return { months: data.transparencyMonths, flash: takeFlash(cookies, url) };
};

export const actions = transparencyActions;
