import { Field, ID, InputType, ObjectType } from "type-graphql";
import { PaymentMethod } from "../../generated/prisma/enums.ts";
import { DecimalScalar } from "../../graphql/decimal-scalar.ts";
import { UserError } from "../../graphql/user-error.ts";
import { MaxText, RequiredText } from "../../shared/validation.ts";
import { LedgerEntry } from "../service-connection/ledger.type.ts";
import { MONEY_LIMITS } from "./amounts.ts";

@InputType({ description: "A payment received for a connection's account." })
export class RecordPaymentInput {
  @Field(() => ID, { nullable: true, description: "Global id of the connection (give this or controlNumber)." })
  connectionId?: string;

  @Field(() => String, { nullable: true, description: "Número de control of the connection (give this or connectionId)." })
  @MaxText(20)
  controlNumber?: string;

  @Field(() => DecimalScalar, { description: `Amount received (MXN): positive, two decimals, at most ${MONEY_LIMITS.maxPayment}.` })
  amount: string;

  @Field(() => PaymentMethod, { description: "How it was paid." })
  method: PaymentMethod;

  @Field(() => String, { description: "Receipt folio or bank reference; the same reference again records nothing and answers with the first payment." })
  @RequiredText(MONEY_LIMITS.referenceLength)
  reference: string;
}

@ObjectType({ description: "The payment recorded (or, for a repeated reference, the first one)." })
export class RecordPaymentPayload {
  @Field(() => LedgerEntry, { nullable: true, description: "The PAYMENT entry." })
  payment?: LedgerEntry;

  @Field(() => Boolean, { nullable: true, description: "True when the reference had already been recorded: nothing new was posted." })
  replayed?: boolean;

  @Field(() => [UserError], { description: "Why nothing was posted." })
  userErrors: UserError[];
}

@InputType({ description: "A billed period of a connection, from the billing system." })
export class PostChargeInput {
  @Field(() => ID, { nullable: true, description: "Global id of the connection (give this or controlNumber)." })
  connectionId?: string;

  @Field(() => String, { nullable: true, description: "Número de control of the connection (give this or connectionId)." })
  @MaxText(20)
  controlNumber?: string;

  @Field(() => String, { description: "Billing period, yyyy-mm (not a future one); one charge per connection and period." })
  @MaxText(7)
  period: string;

  @Field(() => DecimalScalar, { description: `Consumption read, m³ (0 to ${MONEY_LIMITS.maxConsumptionM3}); the API prices it with the tariff.` })
  consumptionM3: string;
}

@ObjectType({ description: "The charge posted (or, for a period already billed with the same consumption, the first one)." })
export class PostChargePayload {
  @Field(() => LedgerEntry, { nullable: true, description: "The CHARGE entry, priced with the tariff in force for the period." })
  charge?: LedgerEntry;

  @Field(() => LedgerEntry, { nullable: true, description: "The social discount's CREDIT on that charge, when one is in force." })
  credit?: LedgerEntry | null;

  @Field(() => Boolean, { nullable: true, description: "True when the period had already been billed: nothing new was posted." })
  replayed?: boolean;

  @Field(() => [UserError], { description: "Why nothing was posted." })
  userErrors: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "Consumption billed in one period (from the account's charges)." })
export class PeriodConsumption {
  @Field(() => String, { description: "Billing period, yyyy-mm." })
  period: string;

  @Field(() => DecimalScalar, { description: "m³ billed." })
  consumptionM3: unknown;
}
