// The headless Chromium of the e2e tests, in this order: CHROMIUM_PATH, a Chromium installed on this machine, else the
// one inside the npm package @sparticuz/chromium (unpacked once into the temp folder).
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { inject } from "vitest";

const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

// without the sandbox (containers, root) and without the background traffic of a desktop browser
// --lang: the browser's own widgets (date pickers, "Seleccionar archivo") in the staff's language
const COMMON_ARGS = ["--lang=es-MX", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
// With these two of @sparticuz/chromium's (meant for AWS Lambda) the browser sends no Origin header on form posts, and
// the portal's CSRF check refuses them.
const UNWANTED_SPARTICUZ_ARGS = ["--single-process", "--disable-web-security"];

export interface ChromiumChoice {
  executablePath: string;
  args: string[];
  source: string;
}

/** Finds (or unpacks) the browser; globalSetup calls it once per run and hands the choice to the test files. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  if (env.CHROMIUM_PATH) {
    if (!fs.existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH does not exist: ${env.CHROMIUM_PATH}`);
    return { executablePath: env.CHROMIUM_PATH, args: COMMON_ARGS, source: `CHROMIUM_PATH (${env.CHROMIUM_PATH})` };
  }
  const installed = onPath(env.PATH ?? "");
  if (installed) return { executablePath: installed, args: COMMON_ARGS, source: `installed Chromium (${installed})` };
  const { default: sparticuz } = await import("@sparticuz/chromium");
  const executablePath = await sparticuz.executablePath();
  const args = [...sparticuz.args.filter((arg) => !UNWANTED_SPARTICUZ_ARGS.includes(arg)), ...COMMON_ARGS];
  return { executablePath, args: [...new Set(args)], source: `@sparticuz/chromium from npm (${executablePath})` };
}

function onPath(searchPath: string): string | undefined {
  const folders = ["/usr/bin", ...searchPath.split(path.delimiter).filter(Boolean)];
  for (const folder of folders) {
    for (const name of SYSTEM_NAMES) {
      const file = path.join(folder, name);
      try {
        fs.accessSync(file, fs.constants.X_OK);
        if (fs.statSync(file).isFile()) return file;
      } catch {
        // not there
      }
    }
  }
  return undefined;
}

/** Launches the browser chosen for this run. */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = inject("chromium");
  return chromium.launch({ executablePath, args });
}
