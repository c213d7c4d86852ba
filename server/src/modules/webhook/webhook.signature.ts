// How a delivery is signed, and how a receiver checks it (README "Webhooks"):
//
//   X-Ventanilla-Event-Id:   the event's id (a UUID), the same on every attempt and replay: receivers dedupe on it
//   X-Ventanilla-Event-Type: e.g. complaint.status_changed
//   X-Ventanilla-Timestamp:  Unix seconds when this attempt was sent
//   X-Ventanilla-Signature:  v1=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>
//
// A receiver recomputes the HMAC over the timestamp header, a dot and the raw body bytes, compares in constant time,
// and refuses a timestamp more than 5 minutes from its clock (a replayed capture).
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_VERSION = "v1";
export const SIGNATURE_TOLERANCE_SECONDS = 300;
export const WEBHOOK_SECRET_PREFIX = "whsec_";

export const newWebhookSecret = () => WEBHOOK_SECRET_PREFIX + randomBytes(32).toString("base64url");

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `${SIGNATURE_VERSION}=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** Whether a delivery's signature and timestamp headers are right for `body` (what a receiver runs). */
export function verifyWebhookSignature(secret: string, headers: { signature: string; timestamp: string }, body: string, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  const timestamp = Number(headers.timestamp);
  if (!/^\d{1,12}$/.test(headers.timestamp) || Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const actual = Buffer.from(headers.signature);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
