// An open order's due date as a countdown in business time (office hours on business days), for field resolvers: one
// DataLoader per request loads the business clock once for every order of the response, instead of once per row.
import { Field, Int, ObjectType } from "type-graphql";
import type { Context } from "../context.ts";
import { businessCountdown } from "../shared/business-countdown.ts";
import { OPEN_WORK_ORDER_STATUSES } from "../shared/workflow-facts.ts";
import { loadBusinessClock } from "../modules/service-target/business-clock.ts";
import { requestLoader } from "./request-loader.ts";

@ObjectType({ simpleResolvers: true, description: "How much business time an open order has left (office hours on business days; paused time does not run)." })
export class DueCountdown {
  @Field(() => Int, { description: "Business minutes until the due date; negative once it has passed (a paused order: what it had left when paused)." })
  businessMinutes: number;

  @Field(() => Boolean, { description: "The due date has passed (a paused order: it had passed when the order was paused)." })
  overdue: boolean;

  @Field(() => Boolean, { description: "The order is paused, waiting on the customer: its clock stands still." })
  paused: boolean;

  @Field(() => String, { description: "The countdown in Spanish, e.g. \"Vence en 3 h hábiles\", \"Vencida hace 1 día hábil\"." })
  text: string;
}

type Key = { dueAt: number; pausedAt: number | null };

/** The countdown of an open order; null once it is completed or cancelled. */
export async function dueCountdownOf(ctx: Pick<Context, "db" | "clock">, order: { status: string; dueAt: Date; pausedAt?: Date | null }): Promise<DueCountdown | null> {
  if (!(OPEN_WORK_ORDER_STATUSES as string[]).includes(order.status)) return null;
  const loader = requestLoader<string, DueCountdown>(ctx, "dueCountdown", async (keys) => {
    const now = ctx.clock.now();
    const parsed = keys.map((k) => JSON.parse(k) as Key);
    const instants = parsed.flatMap((k) => [k.dueAt, k.pausedAt ?? k.dueAt]);
    const clock = await loadBusinessClock(ctx.db, new Date(Math.min(now.getTime(), ...instants)), new Date(Math.max(now.getTime(), ...instants)));
    const perDay = (clock.hours.closesAtHour - clock.hours.opensAtHour) * 60;
    return parsed.map(({ dueAt, pausedAt }) => {
      const due = new Date(dueAt);
      // a paused order's clock stopped when it was paused
      const from = pausedAt === null ? now : new Date(pausedAt);
      const overdue = due < from;
      const businessMinutes = overdue ? -clock.between(due, from) : clock.between(from, due);
      const paused = pausedAt !== null;
      return { businessMinutes, overdue, paused, text: businessCountdown({ minutes: businessMinutes, overdue, paused }, perDay) };
    });
  });
  return loader.load(JSON.stringify({ dueAt: order.dueAt.getTime(), pausedAt: order.pausedAt ? order.pausedAt.getTime() : null } satisfies Key));
}
