import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { drift, SCHEMA_FILE } from "../../server/src/db/migrate.ts";

describe("migrations", () => {
  it("should match schema.prisma when no model changed", async () => {
    const sql = await drift();
    expect(sql, `schema.prisma has changes without a migration; run 'npm run db:migration -- <name>':\n${sql}`).toBeNull();
  });

  it("should report drift when schema.prisma gains a model", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "drift-"));
    const schema = path.join(tmp, "schema.prisma");
    fs.writeFileSync(schema, fs.readFileSync(SCHEMA_FILE, "utf8") + "\nmodel Drifted {\n  id Int @id\n}\n");
    expect(await drift(schema)).toMatch(/CREATE TABLE "Drifted"/);
  });
});
