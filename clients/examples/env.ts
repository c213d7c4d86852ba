// What every example reads from its environment: where the API is and the partner's key.
import { createSdk, VentanillaClient } from "../typescript/src/index.ts";

export function sdkFromEnv() {
  const url = process.env.VENTANILLA_URL;
  const token = process.env.VENTANILLA_API_KEY;
  if (!url || !token) throw new Error("Set VENTANILLA_URL (…/graphql) and VENTANILLA_API_KEY (vtk_…)");
  return createSdk(new VentanillaClient({ url, token }));
}
