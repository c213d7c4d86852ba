import type { Db } from "../db/client.ts";
import { verifyPassword } from "./passwords.ts";

/** The demo seed's password; it must never open an account in production. */
export const DEMO_PASSWORD = "demo1234";

/** Refuses to start when any active account still has the demo password (NODE_ENV=production). */
export async function refuseDemoPasswordsInProduction(db: Db): Promise<void> {
  const staff = await db.staff.findMany({ where: { active: true }, select: { username: true, passwordHash: true }, take: 1000 });
  for (const account of staff) {
    if (await verifyPassword(DEMO_PASSWORD, account.passwordHash)) {
      throw new Error(`La cuenta "${account.username}" tiene la contraseña de demostración: no se inicia en producción`);
    }
  }
}
