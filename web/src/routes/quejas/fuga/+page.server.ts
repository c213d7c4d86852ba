// A leak reported at a place with no connection (a street corner): before filing, the counter is shown the open
// reports of the same leak (within 100 m, or on the same street of the locality) to link to instead.
import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { Channel, ComplaintCategory, ComplaintKind } from "$lib/graphql/generated/graphql";
import { api } from "$lib/server/api";
import { requireUser } from "$lib/server/session";
import { oneOf, text, userErrorsByField } from "$lib/server/form";
import { canFileComplaint } from "$lib/roles";
import { CHANNELS, COMPLAINT_KINDS, LEAK_CATEGORIES } from "$lib/labels";
import type { Actions, PageServerLoad } from "./$types";

const Localities = graphql(`
  query LeakLocalities {
    localities {
      id
      name
    }
  }
`);

const NearbyLeaks = graphql(`
  query NearbyLeaks($place: LeakPlaceInput!) {
    nearbyLeakReports(place: $place) {
      id
      folio
      status
      category
      locationText
      street
      createdAt
    }
  }
`);

const FileLeak = graphql(`
  mutation FileLeak($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      complaint { id folio }
      userErrors { field message }
    }
  }
`);

const FIELDS = ["kind", "category", "channel", "description", "locationText", "street", "localityId", "latitude", "longitude", "reporterName", "reporterPhone"] as const;

export const load: PageServerLoad = async ({ locals }) => {
  const { user, token } = requireUser(locals);
  if (!canFileComplaint(user)) error(403, "Su puesto no registra reportes.");
  const { data } = await api(token, Localities, {});
  return { localities: data.localities };
};

const coordinate = (value: string) => (value && Number.isFinite(Number(value)) ? Number(value) : null);

export const actions: Actions = {
  default: async ({ locals, request }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const values = Object.fromEntries(FIELDS.map((name) => [name, text(form, name)])) as Record<(typeof FIELDS)[number], string>;
    const decision = text(form, "decision"); // "" (not yet asked), "nuevo", or the id of the report to link to
    const place = { localityId: values.localityId || null, street: values.street || null, latitude: coordinate(values.latitude), longitude: coordinate(values.longitude) };

    if (!decision && (place.latitude !== null || (place.street && place.localityId))) {
      const { data } = await api(token, NearbyLeaks, { place });
      if (data.nearbyLeakReports.length) return fail(409, { values, errors: {}, nearby: data.nearbyLeakReports });
    }

    const { data } = await api(token, FileLeak, {
      input: {
        kind: oneOf(values.kind, Object.keys(COMPLAINT_KINDS) as ComplaintKind[]) ?? "PROBLEM_REPORT",
        category: oneOf(values.category, LEAK_CATEGORIES as ComplaintCategory[]) ?? "WATER_LEAK",
        channel: oneOf(values.channel, Object.keys(CHANNELS) as Channel[]) ?? "IN_PERSON",
        description: values.description,
        locationText: values.locationText || null,
        ...place,
        reporterName: values.reporterName || null,
        reporterPhone: values.reporterPhone || null,
        duplicateOfId: decision && decision !== "nuevo" ? decision : null,
      },
    });
    const { complaint, userErrors } = data.fileComplaint;
    if (!complaint || userErrors.length) return fail(400, { values, errors: userErrorsByField(userErrors, FIELDS), nearby: [] });
    redirect(303, `/quejas/${complaint.id}?registrada=1`);
  },
};
