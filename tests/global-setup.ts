// Runs once per `vitest run`: finds or starts PostgreSQL, migrates one template database that every test file copies,
// finds or unpacks Chromium, and hands both to the test files (`inject`). The teardown undoes what it started.
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
    return async () => {
      await template.drop();
      await postgres.stop();
    };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}
