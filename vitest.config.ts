import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships index.mjs ("module") and index.js ("main"). Node, and so type-graphql and Apollo, load "main";
    // Vite would pick "module" for our sources, and type-graphql would not recognise that second copy's classes.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    setupFiles: ["reflect-metadata"],
    // generous: on a busy shared machine a fresh embedded database with the demo data can take minutes to start (hooks
    // that start the server rely on hookTimeout; startServer gives up a little before it, with the server's output)
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Test files run in parallel (one per core, at least two), each on its own database. A worker keeps its modules from
    // one file to the next (isolate: false), so type-graphql, Prisma and Apollo load once per worker, not per file.
    pool: "forks",
    maxWorkers: Math.max(2, availableParallelism()),
    isolate: false,
  },
});
