import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "../../graphql/node.ts";
import { LedgerKind, PaymentMethod } from "../../generated/prisma/enums.ts";
import { DecimalScalar } from "../../graphql/decimal-scalar.ts";
import { Connection } from "../../shared/pagination.ts";

registerEnumType(LedgerKind, { name: "LedgerKind", description: "CHARGE raises the balance; PAYMENT and CREDIT lower it." });
registerEnumType(PaymentMethod, { name: "PaymentMethod", description: "How a payment was received: cash, card, bank transfer or cheque." });

@ObjectType({ implements: Node, simpleResolvers: true, description: "One movement of a connection's account (estado de cuenta)." })
export class LedgerEntry extends Node {
  @Field(() => LedgerKind, { description: "Charge, payment or credit." })
  kind: LedgerKind;

  @Field(() => String, { nullable: true, description: "Billing period, yyyy-mm." })
  period: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Consumption billed, m³." })
  consumptionM3: unknown;

  @Field(() => DecimalScalar, { description: "Amount (MXN), always positive; the kind says which way it moves the balance." })
  amount: unknown;

  @Field(() => DecimalScalar, { description: "Balance after this movement (MXN)." })
  balanceAfter: unknown;

  @Field(() => String, { description: "What the movement is, in Spanish, as printed on the account statement." })
  description: string;

  @Field(() => Date, { description: "When it was posted to the account." })
  postedAt: Date;

  @Field(() => PaymentMethod, { nullable: true, description: "PAYMENT: how it was paid." })
  paymentMethod: PaymentMethod | null;

  @Field(() => String, { nullable: true, description: "PAYMENT: the receipt folio or bank reference (unique: it records once)." })
  reference: string | null;
}

@ObjectType({ description: "A page of a connection's account movements, newest first." })
export class LedgerEntryPage extends Connection(LedgerEntry, "LedgerEntry") {}
