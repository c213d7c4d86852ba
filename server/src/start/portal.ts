// The staff portal (SvelteKit's Node handler) on WEB_PORT; it calls the API on this machine.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Config } from "../config.ts";

export async function startPortal(config: Config, log: (message: string) => void): Promise<http.Server | null> {
  const handlerFile = path.resolve(import.meta.dirname, "../../../web/build/handler.js");
  if (!fs.existsSync(handlerFile)) {
    log("Portal no compilado (npm run build); solo la API está en línea");
    return null;
  }
  process.env.VENTANILLA_API_URL ??= `http://127.0.0.1:${config.port}/graphql`;
  // adapter-node refuses bodies over 512 kB by default: the register upload passes through the portal
  process.env.BODY_SIZE_LIMIT ??= String(config.importMaxBytes + 2 ** 20);
  const { handler } = await import(pathToFileURL(handlerFile).href);
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(config.webPort, resolve));
  log(`Portal del personal: http://localhost:${config.webPort}/`);
  return server;
}
