import { Authorized, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.ts";
import { FieldReaders } from "../../auth/policies.ts";
import { DecimalScalar } from "../../graphql/decimal-scalar.ts";
import { Staff } from "../staff/staff.type.ts";
import { HistoryEvent } from "./history.type.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { historyDetail, renderSummary } from "./history.render.ts";

type EventRow = { summary: string; details: unknown; actorId: number | null };

@Resolver(() => HistoryEvent)
export class HistoryEventResolver extends NodeResolver(HistoryEvent, "HistoryEvent") {
  @FieldResolver(() => String, {
    description: "What happened, in Spanish, as staff read it. Figures the caller may not read (amounts, debts) are left out, never hidden in the text.",
  })
  summary(@Root() row: EventRow, @Ctx() ctx: Context): string {
    return renderSummary(row, ctx.actor!);
  }

  @Authorized(...FieldReaders.balance)
  @FieldResolver(() => DecimalScalar, { nullable: true, description: `The debt, charge or payment the event is about (MXN). Restricted: ${FieldReaders.balance.join(", ")}.` })
  amount(@Root() row: EventRow) {
    return historyDetail(row, "amount");
  }

  @Authorized(...FieldReaders.balance)
  @FieldResolver(() => Int, { nullable: true, description: `Billing periods owed at the time of the event. Restricted: ${FieldReaders.balance.join(", ")}.` })
  periodsOwed(@Root() row: EventRow) {
    return historyDetail(row, "periodsOwed");
  }

  @Authorized(...FieldReaders.discountAmount)
  @FieldResolver(() => DecimalScalar, { nullable: true, description: `The discount's amount (MXN). Restricted: ${FieldReaders.discountAmount.join(", ")}.` })
  discountAmount(@Root() row: EventRow) {
    return historyDetail(row, "discountAmount");
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: "The volume the event is about (m³), e.g. a verified excess." })
  volumeM3(@Root() row: EventRow) {
    return historyDetail(row, "volumeM3");
  }

  @FieldResolver(() => String, { nullable: true, description: "The field result's notes or the reason given, as staff wrote them." })
  notes(@Root() row: EventRow) {
    return historyDetail(row, "notes");
  }

  @FieldResolver(() => Staff, { nullable: true, description: "The staff member who caused the event (null for partner systems and the seed)." })
  actor(@Root() row: EventRow, @Ctx() ctx: Context) {
    return row.actorId ? ctx.loaders.staff.load(row.actorId) : null;
  }
}
