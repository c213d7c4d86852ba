// The committed typed documents of the portal must be what graphql-codegen produces from today's schema and queries.
import fs from "node:fs";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config, { GENERATED_DIR } from "../../codegen.ts";

const root = path.resolve(import.meta.dirname, "../..");

describe("portal GraphQL codegen", () => {
  it("should match the committed generated files (else: run npm run codegen)", async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: root, silent: true, verbose: false }, false);
    const generated = new Map(outputs.map((o) => [path.relative(root, path.resolve(root, o.filename)), o.content]));
    const committedDir = path.join(root, GENERATED_DIR);
    const committed = new Map(
      fs.existsSync(committedDir)
        ? fs.readdirSync(committedDir).map((name) => [path.join(GENERATED_DIR, name), fs.readFileSync(path.join(committedDir, name), "utf8")])
        : [],
    );

    const stale = [...new Set([...generated.keys(), ...committed.keys()])].filter((file) => generated.get(file) !== committed.get(file));
    expect(stale, `generated types are stale: run npm run codegen (${stale.join(", ")})`).toEqual([]);
  });
});
