// Resolvers are decorators, argument mapping and one service call: they never read the database themselves, so
// no resolver can forget the readable-rows filter that services and loaders apply (CONVENTIONS.md).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SERVER = path.resolve(import.meta.dirname, "../../server/src");

function resolverFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : resolverFiles(file);
    return entry.name.endsWith(".resolver.ts") || entry.name.endsWith("-resolver.ts") ? [file] : [];
  });
}

describe("resolver boundaries", () => {
  it("should find the resolvers to check", () => {
    expect(resolverFiles(SERVER).length).toBeGreaterThan(8);
  });

  it("should never touch the database client from a resolver", () => {
    const offenders = resolverFiles(SERVER).flatMap((file) =>
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${path.relative(SERVER, file)}:${i + 1}` }))
        .filter(({ line }) => /\.db\b|\$queryRaw|\$executeRaw|\bprisma\b/.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
