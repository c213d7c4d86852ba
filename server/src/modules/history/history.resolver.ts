import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.ts";
import { Staff } from "../staff/staff.type.ts";
import { HistoryEvent } from "./history.type.ts";

@Resolver(() => HistoryEvent)
export class HistoryEventResolver {
  @FieldResolver(() => Staff, { nullable: true, description: "The staff member who caused the event (null for partner systems and the seed)." })
  actor(@Root() row: { actorId: number | null }, @Ctx() ctx: Context) {
    return row.actorId ? ctx.loaders.staff.load(row.actorId) : null;
  }
}
