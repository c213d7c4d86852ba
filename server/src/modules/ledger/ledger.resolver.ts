import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { FieldReaders, Operations } from "../../auth/policies.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { idOf } from "../../shared/global-id.ts";
import { badInput } from "../../shared/errors.ts";
import type { LedgerTarget } from "./ledger-posting.ts";
import { LedgerEntry } from "../service-connection/ledger.type.ts";
import { ServiceConnection } from "../service-connection/service-connection.type.ts";
import { Staff } from "../staff/staff.type.ts";
import { PeriodConsumption, PostChargeInput, PostChargePayload, RecordPaymentInput, RecordPaymentPayload } from "./ledger.inputs.ts";
import { recordPayment } from "./payment.service.ts";
import { postCharge } from "./charge.service.ts";
import { consumptionHistory, findLedgerEntry } from "./ledger.service.ts";

/** The account named by global id, or else by control number. */
function ledgerTarget(input: { connectionId?: string | null; controlNumber?: string | null }): LedgerTarget {
  if (input.connectionId) return { connectionId: idOf("ServiceConnection", input.connectionId, "connectionId"), controlNumber: undefined };
  if (input.controlNumber?.trim()) return { connectionId: undefined, controlNumber: input.controlNumber };
  throw badInput("connectionId", "Indique la toma: su id o su número de control");
}

const DESCRIPTION = "The operation's input; rule failures come back in the payload's userErrors, naming the field.";

@Resolver(() => LedgerEntry)
export class LedgerResolver {
  @Authorized(...Operations.readLedger)
  @Query(() => LedgerEntry, { nullable: true, description: "One account movement (e.g. a payment, for its receipt); null when there is none in reach." })
  ledgerEntry(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Global id of the movement." }) id: string) {
    return findLedgerEntry(ctx as ActingScope, idOf("LedgerEntry", id));
  }

  @Authorized(...Operations.recordPayment)
  @Mutation(() => RecordPaymentPayload, { description: "Records a payment on a connection's account; idempotent by reference. The balance moves in the same transaction." })
  recordPayment(@Ctx() ctx: Context, @Arg("input", () => RecordPaymentInput, { description: DESCRIPTION }) input: RecordPaymentInput) {
    return asPayload(input, () => recordPayment(ctx as ActingScope, { amount: input.amount, method: input.method, reference: input.reference, ...ledgerTarget(input) }));
  }

  @Authorized(...Operations.postCharge)
  @Mutation(() => PostChargePayload, { description: "Posts a billed period priced with the tariff in force (billing partners); idempotent by connection and period; a social discount in force credits it." })
  postCharge(@Ctx() ctx: Context, @Arg("input", () => PostChargeInput, { description: DESCRIPTION }) input: PostChargeInput) {
    return asPayload(input, () => postCharge(ctx as ActingScope, { period: input.period, consumptionM3: input.consumptionM3, ...ledgerTarget(input) }));
  }

  @FieldResolver(() => ServiceConnection, { nullable: true, description: "The account it belongs to." })
  connection(@Root() row: { connectionId: number }, @Ctx() ctx: Context) {
    return ctx.loaders.connection.load(row.connectionId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: "The staff member who posted it (a cashier); null when a partner system did." })
  postedBy(@Root() row: { postedById: number | null }, @Ctx() ctx: Context) {
    return row.postedById ? ctx.loaders.staff.load(row.postedById) : null;
  }
}

@Resolver(() => ServiceConnection)
export class ConnectionConsumptionResolver {
  @Authorized(...FieldReaders.balance)
  @FieldResolver(() => [PeriodConsumption], { nullable: true, description: "m³ billed in the last periods (at most 24), oldest first, from the account's charges. Restricted like balance." })
  consumption(
    @Root() row: { id: number },
    @Ctx() ctx: Context,
    @Arg("periods", () => Int, { defaultValue: 12, description: "How many of the latest billed periods (1–24)." }) periods: number,
  ) {
    return consumptionHistory(ctx as ActingScope, row.id, Math.min(24, Math.max(1, periods)));
  }
}
