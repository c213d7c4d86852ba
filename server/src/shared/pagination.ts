// Cursor pagination (first/after) over keyset order: by id, or by (sort key, id) for lists sorted by something else;
// stable under inserts, one query per page.
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { AtLeast, AtMost } from "./validation.ts";
import { badInput } from "./errors.ts";
import { MAX_DATABASE_ID } from "./global-id.ts";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Cuántos elementos (1–${MAX_PAGE_SIZE}, por omisión ${DEFAULT_PAGE_SIZE}).` })
  @AtLeast(1)
  @AtMost(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: "El cursor del último elemento de la página anterior." })
  after?: string;
}

@ObjectType({ description: "Where a page stands in the whole list." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether more items follow this page." })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the last item of this page; pass it as `after` for the next." })
  endCursor: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  /** called only when the client asks for totalCount (the default resolver calls functions) */
  totalCount: () => Promise<number>;
}

/** The GraphQL types `<Name>Connection` and `<Name>Edge` for a list of `nodeType`. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "Opaque position of this item." })
    cursor: string;

    @Field(() => nodeType, { description: "The item." })
    node: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} items.` })
  class PageType {
    @Field(() => [Edge], { description: "The items of this page, each with its cursor." })
    edges: Edge[];

    @Field(() => [nodeType], { description: "The items of this page, without cursors." })
    nodes: T[];

    @Field(() => PageInfo, { description: "Whether more items follow, and the cursor to ask for them." })
    pageInfo: PageInfo;

    @Field(() => Int, { description: "How many items match the filter, across all pages." })
    totalCount: number;
  }
  return PageType;
}

/** a cursor's id bounds an id column: beyond its range it could only be forged */
const isCursorId = (id: unknown): id is number => Number.isSafeInteger(id) && (id as number) >= 0 && (id as number) <= MAX_DATABASE_ID;

const encodeCursor = (id: number) => Buffer.from(`c:${id}`).toString("base64url");

function decodeCursor(cursor: string): number {
  const [tag, raw] = Buffer.from(cursor, "base64url").toString("utf8").split(":");
  const id = Number(raw);
  if (tag !== "c" || !isCursorId(id)) throw badInput("after", "Cursor no válido");
  return id;
}

export type Direction = "asc" | "desc";

/**
 * One page of rows ordered by id. `find` receives the id bound and how many rows to fetch (one more than the page,
 * to know whether another page follows); `count` gives the total on demand.
 */
async function paginate<T extends { id: number }>(
  args: PageArgs,
  direction: Direction,
  find: (q: { idBound?: { gt?: number; lt?: number }; take: number; orderBy: { id: Direction } }) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<Page<T>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 1 || first > MAX_PAGE_SIZE) throw badInput("first", `first debe estar entre 1 y ${MAX_PAGE_SIZE}`);
  const after = args.after ? decodeCursor(args.after) : undefined;
  const idBound = after === undefined ? undefined : direction === "asc" ? { gt: after } : { lt: after };
  const rows = await find({ idBound, take: first + 1, orderBy: { id: direction } });
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  // a first page that holds the whole list is its own count
  const complete = after === undefined && rows.length <= first;
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: complete ? async () => nodes.length : count,
  };
}

/** A Prisma model, as far as paging through it goes. */
interface PageableModel<T, Where> {
  findMany(args: { where: Where; take: number; orderBy: { id: Direction } }): PromiseLike<T[]>;
  count(args: { where: Where }): PromiseLike<number>;
}

/** One page of `model`'s rows matching `where`, ordered by id. */
export function paginateModel<T extends { id: number }, Where extends object>(model: PageableModel<T, Where>, where: Where, args: PageArgs, direction: Direction) {
  return paginate(
    args,
    direction,
    async ({ idBound, take, orderBy }) => model.findMany({ where: { ...where, id: idBound }, take, orderBy }),
    async () => model.count({ where }),
  );
}

type SortValue = Date | number | string;

const encodeSortCursor = (value: SortValue, id: number) =>
  Buffer.from(JSON.stringify([value instanceof Date ? { d: value.toISOString() } : value, id])).toString("base64url");

function decodeSortCursor(cursor: string): { value: SortValue; id: number } {
  try {
    const [raw, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    const value = raw && typeof raw === "object" && "d" in raw ? new Date(String((raw as { d: unknown }).d)) : raw;
    const valid = isCursorId(id) && (Number.isFinite(value) || (typeof value === "string" && value.length <= 500) || (value instanceof Date && !Number.isNaN(value.getTime())));
    if (valid) return { value: value as SortValue, id: id as number };
  } catch {
    // falls through to the error below
  }
  throw badInput("after", "Cursor no válido");
}

/** A Prisma model, as far as paging through it by a sort key goes. */
interface SortablePageableModel<T, Where> {
  findMany(args: { where: Where; take: number; orderBy: object[] }): PromiseLike<T[]>;
  count(args: { where: Where }): PromiseLike<number>;
}

/**
 * One page of `model`'s rows matching `where`, ordered by (`key`, id) in `direction` (ascending unless told). The
 * cursor carries both values, so rows that share a key (e.g. a due date, an instant) are neither skipped nor repeated.
 */
export async function paginateModelBy<T extends { id: number }, Where extends object>(
  model: SortablePageableModel<T, Where>,
  where: Where,
  args: PageArgs,
  key: keyof T & string,
  direction: Direction = "asc",
): Promise<Page<T>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 1 || first > MAX_PAGE_SIZE) throw badInput("first", `first debe estar entre 1 y ${MAX_PAGE_SIZE}`);
  const after = args.after ? decodeSortCursor(args.after) : undefined;
  const beyond = direction === "asc" ? "gt" : "lt";
  const bound = after ? { OR: [{ [key]: { [beyond]: after.value } }, { [key]: after.value, id: { [beyond]: after.id } }] } : {};
  const rows = await Promise.resolve(model.findMany({ where: { AND: [where, bound] } as Where, take: first + 1, orderBy: [{ [key]: direction }, { id: direction }] })).catch((error: unknown) => {
    // a cursor whose value is not of the key's type (a date where a number is kept): forged, since the API made it
    if (after && (error as Error)?.name === "PrismaClientValidationError") throw badInput("after", "Cursor no válido");
    throw error;
  });
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeSortCursor(node[key] as SortValue, node.id), node }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: !after && rows.length <= first ? async () => nodes.length : async () => model.count({ where }),
  };
}
