// Where a calendar-day deadline stands today, for field resolvers: one DataLoader per request reads the calendar once
// for every deadline of the response (a page of requests or of months), instead of once per row.
import { Field, Int, ObjectType } from "type-graphql";
import { GraphQLDate } from "graphql-scalars";
import type { Context } from "../context.ts";
import type { DeadlineStanding } from "../shared/business-calendar.ts";
import { deadlineStandings } from "../modules/service-target/due-date.ts";
import { requestLoader } from "./request-loader.ts";

@ObjectType({ simpleResolvers: true, description: "Where a deadline (a calendar day) stands today, on the utility's calendar." })
export class Deadline {
  @Field(() => GraphQLDate, { description: "The last day of the term (yyyy-mm-dd)." })
  dueOn: Date;

  @Field(() => Int, { description: "Calendar days from today to the due day; negative once it has passed." })
  daysLeft: number;

  @Field(() => Int, { description: "Of those, business days (weekends, federal holidays and closures skipped); negative once it has passed." })
  businessDaysLeft: number;

  @Field(() => Boolean, { description: "The due day has passed." })
  overdue: boolean;
}

export function deadlineOf(ctx: Pick<Context, "db" | "clock">, dueOn: Date): Promise<DeadlineStanding> {
  const loader = requestLoader<number, DeadlineStanding>(ctx, "deadline", async (times) => {
    const standing = await deadlineStandings(ctx.db, ctx.clock.now(), times.map((t) => new Date(t)));
    return times.map((t) => standing(new Date(t)));
  });
  return loader.load(dueOn.getTime());
}
