import { Field, ID, InputType, ObjectType } from "type-graphql";
import { GraphQLDate } from "graphql-scalars";
import { ConnectionType } from "../../generated/prisma/enums.ts";
import { DecimalScalar } from "../../graphql/decimal-scalar.ts";
import { UserError } from "../../graphql/user-error.ts";
import { Node } from "../../graphql/node.ts";
import { ValidateNested } from "class-validator";
import { FitsColumn } from "../../shared/validation.ts";
import { VOLUME_M3 } from "../../shared/decimal-columns.ts";

export { ConnectionType };

@ObjectType({ simpleResolvers: true, description: "Price per m³ of the consumption between fromM3 and toM3." })
export class TariffBlock {
  @Field(() => DecimalScalar, { description: "Where the block starts, m³." })
  fromM3: unknown;

  @Field(() => DecimalScalar, { nullable: true, description: "Where it ends, m³ (null: open-ended)." })
  toM3: unknown;

  @Field(() => DecimalScalar, { description: "MXN per m³ in the block." })
  pricePerM3: unknown;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "One version of the tariff of a connection type, from a date." })
export class Tariff extends Node {
  @Field(() => ConnectionType, { description: "The connection type it prices." })
  connectionType: ConnectionType;

  @Field(() => GraphQLDate, { description: "First day it applies (yyyy-mm-dd)." })
  validFrom: Date;

  @Field(() => DecimalScalar, { description: "m³ covered by the minimum charge." })
  minimumM3: unknown;

  @Field(() => DecimalScalar, { description: "MXN charged for consumption up to minimumM3." })
  minimumCharge: unknown;

  @Field(() => [TariffBlock], { description: "The consumption blocks above the minimum, in order." })
  blocks: TariffBlock[];
}

@InputType({ description: "A consumption block." })
export class TariffBlockInput {
  @Field(() => DecimalScalar, { description: "Where the block starts, m³ (where the previous one ends)." })
  @FitsColumn(VOLUME_M3)
  fromM3: string;

  @Field(() => DecimalScalar, { nullable: true, description: "Where it ends, m³; omit for the last, open-ended block." })
  @FitsColumn(VOLUME_M3)
  toM3?: string;

  @Field(() => DecimalScalar, { description: "MXN per m³." })
  pricePerM3: string;
}

@InputType({ description: "A tariff version: new (without id) or not yet in force." })
export class TariffInput {
  @Field(() => ID, { nullable: true, description: "The version to change (only before its first day); omit to create one." })
  id?: string;

  @Field(() => ConnectionType, { description: "The connection type it prices." })
  connectionType: ConnectionType;

  @Field(() => GraphQLDate, { description: "First day it applies: a future date." })
  validFrom: Date;

  @Field(() => DecimalScalar, { description: "m³ covered by the minimum charge." })
  @FitsColumn(VOLUME_M3)
  minimumM3: string;

  @Field(() => DecimalScalar, { description: "MXN for consumption up to minimumM3." })
  minimumCharge: string;

  @Field(() => [TariffBlockInput], { description: "The blocks, in order, the last one open-ended." })
  @ValidateNested()
  blocks: TariffBlockInput[];
}

@ObjectType({ description: "The tariff version after the change." })
export class TariffPayload {
  @Field(() => Tariff, { nullable: true, description: "The version, when the change was made." })
  tariff?: Tariff;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}

