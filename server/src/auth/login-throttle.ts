import { DomainError } from "../shared/errors.ts";

const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 5 * 60_000;

/**
 * Slows password guessing: after 5 failed logins for one username within 15 minutes, that username is refused for
 * 5 minutes, whatever the password. Kept in memory: one API process serves a department.
 */
export class LoginThrottle {
  private failures = new Map<string, { count: number; firstAt: number; lockedUntil: number }>();

  assertAllowed(username: string, now: Date): void {
    const entry = this.failures.get(username);
    if (entry && entry.lockedUntil > now.getTime()) {
      const minutes = Math.ceil((entry.lockedUntil - now.getTime()) / 60_000);
      throw new DomainError("UNAUTHENTICATED", `Demasiados intentos fallidos; intente de nuevo en ${minutes} min`);
    }
  }

  recordFailure(username: string, now: Date): void {
    const at = now.getTime();
    const entry = this.failures.get(username);
    const current = entry && at - entry.firstAt < WINDOW_MS ? entry : { count: 0, firstAt: at, lockedUntil: 0 };
    current.count++;
    if (current.count >= MAX_FAILURES) current.lockedUntil = at + LOCK_MS;
    this.failures.set(username, current);
  }

  recordSuccess(username: string): void {
    this.failures.delete(username);
  }
}
