// Folio tracking for citizens (issue 11 §6): where a complaint and its orders stand, with dates — no names, no
// address beyond the locality, no amounts — for whoever holds the folio and its control number or phone.
import type { Scope } from "../../context.ts";
import { folioTrackingScope } from "../../auth/policies.ts";
import { normalizePhone } from "../../shared/phone.ts";
import { RateLimiter } from "../../http/rate-limiter.ts";
import { DomainError } from "../../shared/errors.ts";

export const FOLIO_LOOKUPS_PER_MINUTE = 10;
/** a partner's key (the website asks for its many visitors, from its one address; it limits its own visitors) */
export const FOLIO_LOOKUPS_PER_MINUTE_PER_PARTNER = 120;
// beside the API's general limits: a folio is short, so guessing pairs must stay slow
const lookups = new RateLimiter(FOLIO_LOOKUPS_PER_MINUTE);
const partnerLookups = new RateLimiter(FOLIO_LOOKUPS_PER_MINUTE_PER_PARTNER);

export interface FolioProof {
  folio: string;
  controlNumber?: string | null;
  phone?: string | null;
}

/** The complaint and its orders, or null when the folio is unknown or the pair does not match (the same answer). */
export async function trackFolio(scope: Scope, clientAddress: string, proof: FolioProof) {
  const now = scope.clock.now().getTime();
  const wait = scope.actor?.kind === "partner" ? partnerLookups.take(`partner:${scope.actor.id}`, now) : lookups.take(clientAddress, now);
  if (wait) throw new DomainError("RATE_LIMITED", `Demasiadas consultas de folio; intente de nuevo en ${wait} s`);
  const folio = proof.folio.trim().toUpperCase();
  const controlNumber = proof.controlNumber?.trim() || null;
  const phone = proof.phone ? normalizePhone(proof.phone) : null;
  const complaint = await scope.db.complaint.findFirst({
    where: folioTrackingScope({ folio, controlNumber, phone }),
    select: {
      folio: true,
      kind: true,
      category: true,
      status: true,
      createdAt: true,
      resolvedAt: true,
      locality: { select: { name: true } },
      connection: { select: { locality: { select: { name: true } } } },
      workOrders: { select: { folio: true, type: true, status: true, issuedAt: true, dueAt: true, completedAt: true }, orderBy: { id: "asc" }, take: 20 },
    },
  });
  if (!complaint) return null;
  const { locality, connection, workOrders, ...rest } = complaint;
  return { ...rest, localityName: locality?.name ?? connection?.locality.name ?? null, orders: workOrders };
}
