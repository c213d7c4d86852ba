// Runs once per `vitest run`: finds or starts PostgreSQL, migrates one template database that every test file copies,
// finds or unpacks Chromium, and hands both to the test files (`inject`). The teardown undoes what it started.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { findChromium, type ChromiumChoice } from "./support/browser.ts";
import { createTemplateDatabase } from "./support/databases.ts";
import { findOrStartPostgres } from "./support/test-postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** maintenance-database URL of the PostgreSQL server the tests create their databases on */
    postgresUrl: string;
    /** migrated database that each test file's database is created from */
    templateDatabase: string;
    chromium: ChromiumChoice;
    /** folder where the run's seeded demo database is made on first use (tests/support/demo-data-dir.ts) */
    demoDataRoot: string;
  }
}

export default async function setup(project: TestProject) {
  const chromium = await findChromium();
  const postgres = await findOrStartPostgres();
  try {
    const template = await createTemplateDatabase(postgres.url);
    console.log(`[tests] PostgreSQL: ${postgres.source}\n[tests] Chromium: ${chromium.source}`);
    project.provide("postgresUrl", postgres.url);
    project.provide("templateDatabase", template.name);
    project.provide("chromium", chromium);
    const demoDataRoot = fs.mkdtempSync(path.join(os.tmpdir(), "ventanilla-demo-"));
    project.provide("demoDataRoot", demoDataRoot);
    return async () => {
      fs.rmSync(demoDataRoot, { recursive: true, force: true });
      await template.drop();
      await postgres.stop();
    };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}
