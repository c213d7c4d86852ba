// The API's contract on ids (issue 11): no raw database id crosses it. Every object type with an `id` shows a global
// id (base64url "Type:databaseId"), is a Node and can be fetched again with node(id); every other field or argument
// that names a record is an ID. A type added without this fails here, whoever adds it.
import { getNamedType, getNullableType, isInputObjectType, isInterfaceType, isIntrospectionType, isNonNullType, isObjectType, type GraphQLField, type GraphQLInputField, type GraphQLArgument, type GraphQLSchema, type GraphQLResolveInfo } from "graphql";
import { describe, expect, it } from "vitest";
import { buildApiSchema } from "../../server/src/graphql/schema.ts";
import { LOADERS } from "../../server/src/graphql/node.resolver.ts";
import { tryFromGlobalId } from "../../server/src/shared/global-id.ts";

/** Fields that end in Id but name no database record, and why. */
const NOT_RECORD_IDS: Record<string, string> = {
  requestId: "a server-made UUID shared by the audit entries of one request",
  correlationId: "the caller's own x-request-id, echoed",
  "AuditEntry.entityId": "a global id, or the natural key of records without a database id (a setting's key)",
  "AuditFilter.entityId": "as AuditEntry.entityId",
  "WebhookDelivery.eventId": "the event's UUID (header X-Ventanilla-Event-Id), by which a receiver drops repeats; no record of the API",
};

const objectTypes = (schema: GraphQLSchema) => Object.values(schema.getTypeMap()).filter(isObjectType).filter((t) => !isIntrospectionType(t));

/** What the `id` field of `typeName` shows for a row whose database id is 7. */
async function shownId(field: GraphQLField<unknown, unknown>, row: object) {
  const resolve = field.resolve ?? ((source: object) => (source as Record<string, unknown>)[field.name]);
  return resolve(row, {}, {}, { fieldName: field.name } as GraphQLResolveInfo);
}

function recordIdFields(schema: GraphQLSchema): string[] {
  const wrong: string[] = [];
  const check = (owner: string, f: GraphQLField<unknown, unknown> | GraphQLInputField | GraphQLArgument) => {
    if (!/(^id|Id|Ids)$/.test(f.name) || NOT_RECORD_IDS[f.name] || NOT_RECORD_IDS[owner]) return;
    if (getNamedType(f.type).name !== "ID") wrong.push(`${owner}: ${String(f.type)}`);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field);
        for (const arg of "args" in field ? field.args : []) check(`${type.name}.${field.name}(${arg.name})`, arg);
      }
    }
  }
  return wrong;
}

describe("global ids", () => {
  it("should show a global id of its own type as the id of every object type", async () => {
    const schema = await buildApiSchema();
    const raw: string[] = [];
    for (const type of objectTypes(schema)) {
      const field = type.getFields().id;
      if (!field) continue;
      const shown = await shownId(field, { id: 7 });
      const decoded = typeof shown === "string" ? tryFromGlobalId(shown) : null;
      if (decoded?.type !== type.name || decoded.id !== 7) raw.push(`${type.name}.id shows ${JSON.stringify(shown)}`);
    }
    expect(raw).toEqual([]);
  });

  it("should make every object type with a non-null id a Node that node(id) can fetch", async () => {
    const schema = await buildApiSchema();
    const withId = objectTypes(schema).filter((t) => t.getFields().id && isNonNullType(t.getFields().id!.type));
    expect(withId.length).toBeGreaterThan(10);
    const notNodes = withId.filter((t) => !t.getInterfaces().some((i) => i.name === "Node")).map((t) => t.name);
    const notFetchable = withId.filter((t) => !LOADERS[t.name]).map((t) => t.name);
    expect({ notNodes, notFetchable }).toEqual({ notNodes: [], notFetchable: [] });
  });

  it("should type as ID every field, input field and argument that names a record", async () => {
    expect(recordIdFields(await buildApiSchema())).toEqual([]);
  });

  it("should resolve every other ID field of an object type itself (a stored database id would cross as it is)", async () => {
    const schema = await buildApiSchema();
    const unresolved = objectTypes(schema).flatMap((type) =>
      Object.values(type.getFields())
        .filter((f) => f.name !== "id" && getNamedType(f.type).name === "ID" && !NOT_RECORD_IDS[`${type.name}.${f.name}`] && !f.resolve)
        .map((f) => `${type.name}.${f.name}`),
    );
    expect(unresolved).toEqual([]);
  });

  it("should show null, not a made-up id, for a holiday without a database row", async () => {
    const schema = await buildApiSchema();
    const holiday = schema.getType("Holiday");
    if (!isObjectType(holiday)) throw new Error("Holiday is not an object type");
    expect(getNullableType(holiday.getFields().id!.type)).toBe(schema.getType("ID"));
    expect(await shownId(holiday.getFields().id!, { id: null })).toBeNull();
  });

  it("should tell raw ids and natural keys from global ids", () => {
    expect(tryFromGlobalId("7")).toBeNull();
    expect(tryFromGlobalId("DISCOUNT_PERCENT")).toBeNull();
    expect(tryFromGlobalId(Buffer.from("Staff:7").toString("base64url"))).toEqual({ type: "Staff", id: 7 });
    expect(tryFromGlobalId(Buffer.from("Staff:7:x").toString("base64url"))).toBeNull();
    expect(tryFromGlobalId(Buffer.from("Staff:-7").toString("base64url"))).toBeNull();
  });
});
