// `npm start` and `npm test` build only what changed since the last build: `npm ci` builds once (the `prepare` step),
// so a start on a built checkout goes straight to listening. Staleness is by modification time: any file of the portal
// or the Prisma schema newer than the build's output means `npm run build` runs again.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const SKIP = new Set(["node_modules", "build", ".svelte-kit"]);

function newestModification(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (!SKIP.has(entry)) newest = Math.max(newest, newestModification(path.join(target, entry)));
  }
  return newest;
}

const builtAt = (file: string) => fs.statSync(path.join(root, file), { throwIfNoEntry: false })?.mtimeMs ?? 0;
const sources = Math.max(newestModification(path.join(root, "web")), newestModification(path.join(root, "schema/schema.prisma")),
  newestModification(path.join(root, "package-lock.json")));
const outputs = Math.min(builtAt("web/build/handler.js"), builtAt("server/src/generated/prisma/client.ts"));

if (outputs > sources) {
  console.log("[ventanilla] compilación al día");
} else {
  const run = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  process.exit(run.status ?? 1);
}
