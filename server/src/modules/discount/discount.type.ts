import { Field, ObjectType } from "type-graphql";
import { DiscountCredentialType, DiscountKind, DiscountStatus } from "../../generated/prisma/enums.ts";
import { GraphQLDate } from "graphql-scalars";
import { FieldReaders } from "../../auth/policies.ts";
import { DecimalScalar } from "../../graphql/decimal-scalar.ts";
import { RestrictedField } from "../../graphql/restricted-field.ts";
import { Node } from "../../graphql/node.ts";
import { Connection } from "../../shared/pagination.ts";

@ObjectType({ implements: Node, simpleResolvers: true, description: "A bill reduction: social, or a meter adjustment backed by a verification." })
export class Discount extends Node {
  @Field(() => DiscountKind, { description: "Social discount or meter adjustment." })
  kind: DiscountKind;

  @Field(() => DiscountStatus, { description: "Where the request stands." })
  status: DiscountStatus;

  @Field(() => DecimalScalar, { nullable: true, description: "m³ adjusted (METER_ADJUSTMENT)." })
  volumeM3: unknown;

  @Field(() => DecimalScalar, { nullable: true, description: "Percentage (SOCIAL)." })
  percentage: unknown;

  @RestrictedField(FieldReaders.discountAmount, () => DecimalScalar, "Amount (MXN).")
  amount: unknown;

  @Field(() => String, { description: "Why it was requested." })
  reason: string;

  @Field(() => Date, { description: "When it was requested." })
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was authorized or rejected; null while pending." })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: "METER_ADJUSTMENT: the billing period adjusted, yyyy-mm." })
  period: string | null;

  @Field(() => GraphQLDate, { nullable: true, description: "SOCIAL: last day it is in force (one year from its authorization)." })
  validUntil: Date | null;

  @Field(() => String, { nullable: true, description: "Why it was authorized or rejected." })
  decisionReason: string | null;

  @Field(() => DiscountCredentialType, { nullable: true, description: "SOCIAL: pensioner, retiree or employee." })
  credentialType: DiscountCredentialType | null;

  @RestrictedField(FieldReaders.discountCredential, () => String, "SOCIAL: the beneficiary's credential number (clave de pensionado/jubilado, no. de empleado).")
  credentialNumber: unknown;

  @RestrictedField(FieldReaders.discountCredential, () => String, "SOCIAL: the document shown as evidence.")
  evidence: unknown;
}

@ObjectType({ description: "A page of discounts." })
export class DiscountPage extends Connection(Discount, "Discount") {}
