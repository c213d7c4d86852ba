import { createHash, randomBytes } from "node:crypto";

export const SESSION_TOKEN_PREFIX = "vts_";
export const API_KEY_PREFIX = "vtk_";

/** Tokens and keys are stored only as their SHA-256 (they are long random strings, so no slow KDF is needed). */
export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

export const newSessionToken = () => SESSION_TOKEN_PREFIX + randomBytes(32).toString("base64url");

/** A partner key `vtk_<prefix>_<secret>`: the prefix finds the client, the secret's hash proves it. */
export function newApiKey(): { key: string; prefix: string } {
  const prefix = randomBytes(6).toString("hex");
  return { key: `${API_KEY_PREFIX}${prefix}_${randomBytes(24).toString("base64url")}`, prefix };
}

export function apiKeyPrefix(key: string): string | null {
  const match = /^vtk_([0-9a-f]{12})_[A-Za-z0-9_-]+$/.exec(key);
  return match ? match[1] : null;
}
