import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDate } from "graphql-scalars";
import { ConnectionStatus, ConnectionType, SpecialUserKind } from "../../generated/prisma/enums.ts";
import { FieldReaders } from "../../auth/policies.ts";
import { RestrictedField } from "../../graphql/restricted-field.ts";
import { DecimalScalar } from "../../graphql/decimal-scalar.ts";
import { Node } from "../../graphql/node.ts";
import { Connection } from "../../shared/pagination.ts";
import { CONNECTION_COUNT_LIMIT } from "./service-connection.service.ts";

@ObjectType({ simpleResolvers: true, description: "A water meter installed at a connection." })
export class Meter {
  @Field(() => String, { description: "Serial number printed on the meter." })
  serialNumber: string;

  @Field(() => String, { nullable: true, description: "Maker of the meter, when known." })
  brand: string | null;

  @Field(() => GraphQLDate, { description: "Day of installation (a calendar date, yyyy-mm-dd)." })
  installedAt: Date;

  @Field(() => DecimalScalar, { description: "Last reading, m³." })
  lastReadingM3: unknown;

  @Field(() => GraphQLDate, { nullable: true, description: "Day it was removed (replaced or the connection cancelled); null while installed." })
  removedAt: Date | null;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "A service connection (toma) at an address, with its meter." })
export class ServiceConnection extends Node {
  @Field(() => String, { description: "Número de control: the connection's unique human number." })
  controlNumber: string;

  @Field(() => String, { description: "Street of the address." })
  street: string;

  @Field(() => String, { nullable: true, description: "Exterior number of the address, when it has one." })
  exteriorNumber: string | null;

  @Field(() => String, { nullable: true, description: "Colonia." })
  neighborhood: string | null;

  @Field(() => ConnectionType, { description: "Tariff class." })
  type: ConnectionType;

  @Field(() => ConnectionStatus, { description: "Service status (LIMITED: restricted for non-payment)." })
  status: ConnectionStatus;

  @Field(() => Float, { nullable: true, description: "Latitude of the connection (WGS 84), when surveyed." })
  latitude: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude of the connection (WGS 84), when surveyed." })
  longitude: number | null;

  @Field(() => SpecialUserKind, { nullable: true, description: "Usuario especial (public building, school, large consumer); null for an ordinary connection." })
  specialKind: SpecialUserKind | null;

  @Field(() => Date, { nullable: true, description: "When the connection was cancelled (baja); null while it exists." })
  cancelledAt: Date | null;

  @RestrictedField(FieldReaders.balance, () => DecimalScalar, "Amount owed (MXN); 0 when the account is current.")
  balance: unknown;

  @RestrictedField(FieldReaders.balance, () => Int, "Billing periods owed.")
  periodsOwed: number | null;
}

@ObjectType({ simpleResolvers: true, description: "A page of service connections." })
export class ServiceConnectionPage extends Connection(ServiceConnection, "ServiceConnection") {
  @Field(() => Int, {
    description: `How many connections match, counted exactly up to ${CONNECTION_COUNT_LIMIT.toLocaleString("en-US")}; when more match, this is ${CONNECTION_COUNT_LIMIT.toLocaleString("en-US")} and \`totalCountIsExact\` is false (say "more than").`,
  })
  declare totalCount: number;

  @Field(() => Boolean, { description: `False when more than ${CONNECTION_COUNT_LIMIT.toLocaleString("en-US")} connections match (totalCount is then a lower bound).` })
  totalCountIsExact: boolean;
}
