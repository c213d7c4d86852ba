import type { Db, Tx } from "../../db/client.ts";
import type { Actor } from "../../auth/actor.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { complaintScope } from "../../auth/policies.ts";
import { normalizeForSearch } from "../../shared/text.ts";
import { LEAK_CATEGORIES, NEARBY_LEAK_METRES } from "../../shared/workflow-facts.ts";

export interface LeakPlace {
  localityId: number | null;
  street: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** Leak reports still being attended (not a duplicate themselves): what a new report may be linked to. */
export const OPEN_LEAK_REPORT: Prisma.ComplaintWhereInput = { category: { in: LEAK_CATEGORIES }, status: { in: ["OPEN", "FORWARDED"] }, duplicateOfId: null };

const EARTH_RADIUS_M = 6_371_000;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function metresBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dLat = toRadians(b.latitude - a.latitude);
  const dLng = toRadians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

/** ~0.002° is over 200 m at Sinaloa's latitudes: a box that surely holds the 100 m circle. */
const BOX_DEGREES = 0.002;

/** The open leak reports within 100 m of the place, or on the same street of the same locality, newest first (at most 20). */
export async function nearbyLeakReports(db: Db | Tx, actor: Actor, place: LeakPlace, excludeId?: number) {
  const street = place.street ? normalizeForSearch(place.street) : "";
  const near: Prisma.ComplaintWhereInput[] = [];
  if (place.localityId && street) near.push({ localityId: place.localityId });
  if (place.latitude != null && place.longitude != null) {
    near.push({
      latitude: { gte: place.latitude - BOX_DEGREES, lte: place.latitude + BOX_DEGREES },
      longitude: { gte: place.longitude - BOX_DEGREES, lte: place.longitude + BOX_DEGREES },
    });
  }
  if (!near.length) return [];
  const candidates = await db.complaint.findMany({
    where: { AND: [complaintScope(actor), OPEN_LEAK_REPORT, { OR: near }, ...(excludeId ? [{ id: { not: excludeId } }] : [])] },
    orderBy: { id: "desc" },
    take: 200,
  });
  return candidates
    .filter((c) => {
      const sameStreet = !!street && c.localityId === place.localityId && !!c.street && normalizeForSearch(c.street) === street;
      const close =
        place.latitude != null && place.longitude != null && c.latitude != null && c.longitude != null &&
        metresBetween({ latitude: place.latitude, longitude: place.longitude }, { latitude: Number(c.latitude), longitude: Number(c.longitude) }) <= NEARBY_LEAK_METRES;
      return sameStreet || close;
    })
    .slice(0, 20);
}
