// Self time of a .cpuprofile, by function and by package (node_modules/<pkg>, or the project's own folders).
import fs from "node:fs";

const file = process.argv[2];
const top = Number(process.argv[3] ?? 30);
const profile = JSON.parse(fs.readFileSync(file, "utf8")) as { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const where = (url: string) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  const own = /i10-perf\/([^/]+\/[^/]+)/.exec(url);
  return own ? own[1] : url ? url.replace(/^.*\//, "") : "(native)";
};
const fn = new Map<string, number>();
const pkg = new Map<string, number>();
for (const [id, t] of self) {
  const { callFrame: c } = byId.get(id)!;
  const key = `${c.functionName || "(anonymous)"} ${where(c.url)}:${c.lineNumber + 1}`;
  fn.set(key, (fn.get(key) ?? 0) + t);
  pkg.set(where(c.url), (pkg.get(where(c.url)) ?? 0) + t);
}
const show = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`).join("\n");
console.log(`by package:\n${show(pkg, 20)}\n\nby function:\n${show(fn, top)}`);
