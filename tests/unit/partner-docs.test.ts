// What partners read about scopes is the registry itself: the README's table and the schema's text follow API_SCOPES.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_SCOPES } from "../../server/src/auth/policies.ts";
import { SDL_FILE } from "../../server/src/graphql/schema.ts";

const README = path.resolve(import.meta.dirname, "../../README.md");

describe("partner documentation", () => {
  it("should list in the README's scope table exactly the registry's scopes and meanings", () => {
    const rows = [...fs.readFileSync(README, "utf8").matchAll(/^\| `([a-z]+:[a-z]+)` \| (.+) \|$/gm)].map(([, name, meaning]) => [name, meaning]);
    expect(Object.fromEntries(rows)).toEqual(API_SCOPES);
  });

  it("should describe every scope in the committed schema", () => {
    const sdl = fs.readFileSync(SDL_FILE, "utf8");
    const query = sdl.slice(0, sdl.indexOf("type Query"));
    for (const [name, meaning] of Object.entries(API_SCOPES)) expect(query).toContain(`${name} — ${meaning}`);
  });
});
