// One built portal + API server and one Chromium per e2e file: its hooks, es-MX pages, and scenarios that say where
// they failed (a full-page screenshot, the URL and the page's text).
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.ts";
import { startServer, type RunningServer } from "./server-process.ts";
import { PortalPage, SHOTS } from "./portal-page.ts";

export function usePortalServer(name: string, options: { acceptDownloads?: boolean } = {}) {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!fs.existsSync(path.resolve(import.meta.dirname, "../../web/build/handler.js"))) throw new Error("Build the portal first: npm run build");
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  return {
    get server() {
      return server;
    },
    async portal(prefix: string, width = 1280) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, locale: "es-MX", acceptDownloads: options.acceptDownloads ?? false });
      page.setDefaultTimeout(20_000);
      return new PortalPage(page, server.portalUrl, prefix);
    },
    async scenario(p: PortalPage, run: () => Promise<void>) {
      try {
        await run();
      } catch (error) {
        await p.page.screenshot({ path: path.join(SHOTS, `failure-${name}.png`), fullPage: true }).catch(() => {});
        throw new Error(`${(error as Error).message}\nat ${p.page.url()}\n${(await p.mainText().catch(() => "")).slice(0, 2000)}`);
      }
    },
  };
}
