import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DiscountCredentialType, DiscountKind, DiscountStatus } from "../../generated/prisma/enums.ts";
import { DecimalScalar } from "../../graphql/decimal-scalar.ts";
import { UserError } from "../../graphql/user-error.ts";
import { MaxText, RequiredText } from "../../shared/validation.ts";
import { LedgerEntry } from "../service-connection/ledger.type.ts";
import { WorkOrder } from "../work-order/work-order.type.ts";
import { Discount } from "./discount.type.ts";
import { SOCIAL_DISCOUNT_LIMITS } from "./social-discount.service.ts";

export const DISCOUNT_LIMITS = { reason: 2000 } as const;

@InputType({ description: "A meter adjustment to price (before requesting it)." })
export class MeterAdjustmentQuoteInput {
  @Field(() => ID, { description: "Global id of the connection whose bill it reduces." })
  connectionId: string;

  @Field(() => ID, { description: "Global id of the COMPLETED VERIFICATION of that connection that found the meter over-registering." })
  verificationOrderId: string;

  @Field(() => DecimalScalar, { description: "m³ to take off the bill: at most what the verification proved, less earlier adjustments." })
  volumeM3: string;

  @Field(() => String, { description: "The billing period adjusted, yyyy-mm (it must have been billed)." })
  @MaxText(7)
  period: string;
}

@InputType({ description: "A discount request. Only METER_ADJUSTMENT here; social discounts have requestSocialDiscount." })
export class RequestDiscountInput extends MeterAdjustmentQuoteInput {
  @Field(() => DiscountKind, { description: "METER_ADJUSTMENT." })
  kind: DiscountKind;

  @Field(() => String, { description: "Why it is requested (what the customer reported, what the verification found)." })
  @RequiredText(DISCOUNT_LIMITS.reason)
  reason: string;
}

@ObjectType({ simpleResolvers: true, description: "What an adjustment would take off the bill, priced with the tariff in force for the period." })
export class MeterAdjustmentQuote {
  @Field(() => DecimalScalar, { description: "m³ to take off." })
  volumeM3: unknown;

  @Field(() => String, { description: "The billing period, yyyy-mm." })
  period: string;

  @Field(() => DecimalScalar, { description: "m³ billed in the period (less earlier adjustments of it)." })
  billedM3: unknown;

  @Field(() => DecimalScalar, { description: "m³ the verification found the meter registering in excess." })
  verifiedExcessM3: unknown;

  @Field(() => DecimalScalar, { description: "m³ of that excess not yet adjusted (requests pending or applied count)." })
  remainingM3: unknown;

  @Field(() => DecimalScalar, { description: "The period's charge for billedM3 (MXN)." })
  chargeBefore: unknown;

  @Field(() => DecimalScalar, { description: "The charge once the volume is taken off (MXN)." })
  chargeAfter: unknown;

  @Field(() => DecimalScalar, { description: "The adjustment: chargeBefore − chargeAfter (MXN)." })
  amount: unknown;
}

@ObjectType({ description: "The price of an adjustment, or why it cannot be requested." })
export class MeterAdjustmentQuotePayload {
  @Field(() => MeterAdjustmentQuote, { nullable: true, description: "The price, when the request would be accepted." })
  quote?: MeterAdjustmentQuote;

  @Field(() => [UserError], { description: "Why it would be refused." })
  userErrors: UserError[];
}

@InputType({ description: "A social discount for a pensioner, retiree or employee (Sinaloa water law art. 50)." })
export class RequestSocialDiscountInput {
  @Field(() => ID, { description: "Global id of the beneficiary's connection." })
  connectionId: string;

  @Field(() => DiscountCredentialType, { description: "Pensioner, retiree or employee." })
  credentialType: DiscountCredentialType;

  @Field(() => String, { description: "The credential's number (clave de pensionado/jubilado, no. de empleado)." })
  @RequiredText(SOCIAL_DISCOUNT_LIMITS.credentialNumber)
  credentialNumber: string;

  @Field(() => String, { description: "The document shown (credential, pay stub, certificate) and what it says." })
  @RequiredText(SOCIAL_DISCOUNT_LIMITS.evidence)
  evidence: string;
}

@InputType({ description: "A decision on a pending discount." })
export class DiscountDecisionInput {
  @Field(() => ID, { description: "Global id of the discount." })
  discountId: string;

  @Field(() => String, { description: "Why (required to reject; optional to authorize)." })
  @MaxText(DISCOUNT_LIMITS.reason)
  reason: string;
}

@ObjectType({ description: "The discount after the change, with what it caused." })
export class DiscountPayload {
  @Field(() => Discount, { nullable: true, description: "The discount, when the change was made." })
  discount?: Discount;

  @Field(() => LedgerEntry, { nullable: true, description: "The CREDIT posted (an authorized meter adjustment)." })
  credit?: LedgerEntry | null;

  @Field(() => WorkOrder, { nullable: true, description: "The METER_REPLACEMENT order sent to REGISTRY (an authorized meter adjustment)." })
  workOrder?: WorkOrder | null;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}

@InputType({ description: "Filters for the discounts list." })
export class DiscountFilter {
  @Field(() => DiscountStatus, { nullable: true, description: "Only this status (REQUESTED: the authorizations tray)." })
  status?: DiscountStatus;

  @Field(() => DiscountKind, { nullable: true, description: "Only this kind." })
  kind?: DiscountKind;

  @Field(() => ID, { nullable: true, description: "Only this connection's (global id)." })
  connectionId?: string;
}
