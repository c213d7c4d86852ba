import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { LedgerKind } from "../../generated/prisma/enums.ts";
import { DecimalScalar } from "../../graphql/decimal-scalar.ts";
import { Connection } from "../../shared/pagination.ts";

registerEnumType(LedgerKind, { name: "LedgerKind", description: "CHARGE raises the balance; PAYMENT and CREDIT lower it." });

@ObjectType({ simpleResolvers: true, description: "One movement of a connection's account (estado de cuenta)." })
export class LedgerEntry {
  @Field(() => ID)
  id: number;

  @Field(() => LedgerKind)
  kind: LedgerKind;

  @Field(() => String, { nullable: true, description: "Billing period, yyyy-mm." })
  period: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Consumption billed, m³." })
  consumptionM3: unknown;

  @Field(() => DecimalScalar, { description: "Amount (MXN), always positive; the kind says which way it moves the balance." })
  amount: unknown;

  @Field(() => DecimalScalar, { description: "Balance after this movement (MXN)." })
  balanceAfter: unknown;

  @Field(() => String)
  description: string;

  @Field(() => Date)
  postedAt: Date;
}

@ObjectType()
export class LedgerEntryPage extends Connection(LedgerEntry, "LedgerEntry") {}
