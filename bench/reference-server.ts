// The bare stack that STACK.md's reference figures describe: Apollo Server + type-graphql + the project's Prisma client,
// no authentication, no authorization, no argument validation. The bench runs it on the same data and the same
// machine as the API, so that the API's figures can be compared with what the stack itself does here and now.
import "reflect-metadata";
import http from "node:http";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { Arg, Field, ID, Int, ObjectType, Query, Resolver, buildSchema } from "type-graphql";
import { createPostgresClient } from "../server/src/db/client.ts";
import { DecimalScalar } from "../server/src/graphql/decimal-scalar.ts";

const db = createPostgresClient(process.env.DATABASE_URL!);

@ObjectType("RefConnection", { simpleResolvers: true })
class RefConnection {
  @Field(() => ID)
  id: number;

  @Field(() => String)
  controlNumber: string;

  @Field(() => String)
  street: string;

  @Field(() => String, { nullable: true })
  neighborhood: string | null;

  @Field(() => String)
  status: string;

  @Field(() => DecimalScalar)
  balance: unknown;
}

@Resolver()
class ReferenceResolver {
  @Query(() => RefConnection, { nullable: true })
  connection(@Arg("controlNumber", () => String) controlNumber: string) {
    return db.serviceConnection.findUnique({ where: { controlNumber } });
  }

  @Query(() => [RefConnection])
  connections(@Arg("afterId", () => Int) afterId: number) {
    return db.serviceConnection.findMany({ where: { id: { gt: afterId } }, take: 51, orderBy: { id: "asc" } });
  }
}

const apollo = new ApolloServer({ schema: await buildSchema({ resolvers: [ReferenceResolver] }) });
await apollo.start();

const server = http.createServer(async (req, res) => {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const text = Buffer.concat(chunks).toString("utf8");
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "POST", headers, search: "", body: text ? JSON.parse(text) : undefined },
      context: async () => ({}),
    });
    res.statusCode = response.status ?? 200;
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.end(response.body.kind === "complete" ? response.body.string : "");
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end();
  }
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("reference server ready"));

async function shutdown() {
  server.close();
  await apollo.stop();
  await db.$disconnect();
  process.exit(0);
}
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
