// The partners' typed client (clients/typescript/src/generated) must be what graphql-codegen makes from today's SDL
// and partner operations: a schema change that alters a partner operation's types shows up here, not at the partner.
import fs from "node:fs";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config, { CLIENT_GENERATED_DIR } from "../../clients/typescript/codegen.ts";

const root = path.resolve(import.meta.dirname, "../..");

describe("partner client codegen", () => {
  it("should match the committed generated client (else: run npm run codegen)", async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: root, silent: true, verbose: false }, false);
    const generated = new Map(outputs.map((o) => [path.relative(root, path.resolve(root, o.filename)), o.content]));
    const dir = path.join(root, CLIENT_GENERATED_DIR);
    const committed = new Map(fs.readdirSync(dir).map((name) => [path.join(CLIENT_GENERATED_DIR, name), fs.readFileSync(path.join(dir, name), "utf8")]));
    const stale = [...new Set([...generated.keys(), ...committed.keys()])].filter((file) => generated.get(file) !== committed.get(file));
    expect(stale, `the partner client is stale: run npm run codegen (${stale.join(", ")})`).toEqual([]);
    expect(generated.size).toBeGreaterThan(1);
  });
});
