// A Prisma client that records every SQL statement it sends (Prisma's query events), to count statements per request.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../server/src/generated/prisma/client.ts";
import type { Db } from "../../server/src/db/client.ts";

export interface CountingClient {
  db: Db;
  /** the statements sent while `run` ran (nothing else may use the client meanwhile) */
  during<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
}

export function countingClient(url: string, poolSize = 5): CountingClient {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize }), log: [{ emit: "event", level: "query" }] });
  const sent: string[] = [];
  client.$on("query", (event) => sent.push(event.query));
  return {
    db: client as unknown as Db,
    async during(run) {
      const from = sent.length;
      const result = await run();
      return { result, statements: sent.slice(from) };
    },
  };
}
