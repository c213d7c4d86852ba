// The utility's website lets a citizen follow a complaint: the folio printed on the receipt plus the connection's
// control number (or the phone the report was filed with). The answer has status and dates only — no names, no
// address beyond the locality, no amounts — and a wrong pair answers exactly like an unknown folio.
// Any key may call it (the query is public); with a key the website has its own allowance, not the per-address one.
//   VENTANILLA_URL=… VENTANILLA_API_KEY=… node --import tsx clients/examples/website-folio.ts Q-2026-000123 100001
//   VENTANILLA_URL=… VENTANILLA_API_KEY=… node --import tsx clients/examples/website-folio.ts Q-2026-000123 "667 123 4567"
import { sdkFromEnv } from "./env.ts";

const [folio, proof] = process.argv.slice(2);
if (!folio || !proof) throw new Error("usage: website-folio.ts <folio> <control number | phone>");

// a control number is 6 digits here; anything with 10 digits is taken as a phone
const byPhone = proof.replace(/\D/g, "").length >= 10;
const { trackFolio } = await sdkFromEnv().trackFolio({ input: { folio, ...(byPhone ? { phone: proof } : { controlNumber: proof }) } });
if (!trackFolio) {
  console.log(JSON.stringify({ found: false, folio }));
} else {
  const { status, category, createdAt, resolvedAt, localityName, orders } = trackFolio;
  console.log(JSON.stringify({ found: true, folio: trackFolio.folio, status, category, createdAt, resolvedAt, locality: localityName, orders: orders.map((o) => ({ folio: o.folio, type: o.type, status: o.status, dueAt: o.dueAt, completedAt: o.completedAt })) }));
}
