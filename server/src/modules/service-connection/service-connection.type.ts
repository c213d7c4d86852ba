import { Field, Float, Int, ObjectType } from "type-graphql";
import { GraphQLDate } from "graphql-scalars";
import { ConnectionStatus, ConnectionType } from "../../generated/prisma/enums.ts";
import { FieldReaders } from "../../auth/policies.ts";
import { RestrictedField } from "../../graphql/restricted-field.ts";
import { DecimalScalar } from "../../graphql/decimal-scalar.ts";
import { Node } from "../../graphql/node.ts";
import { Connection } from "../../shared/pagination.ts";

@ObjectType({ simpleResolvers: true, description: "A water meter installed at a connection." })
export class Meter {
  @Field(() => String)
  serialNumber: string;

  @Field(() => String, { nullable: true })
  brand: string | null;

  @Field(() => GraphQLDate, { description: "Day of installation (a calendar date, yyyy-mm-dd)." })
  installedAt: Date;

  @Field(() => DecimalScalar, { description: "Last reading, m³." })
  lastReadingM3: unknown;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "A service connection (toma) at an address, with its meter." })
export class ServiceConnection extends Node {
  @Field(() => String, { description: "Número de control: the connection's unique human number." })
  controlNumber: string;

  @Field(() => String)
  street: string;

  @Field(() => String, { nullable: true })
  exteriorNumber: string | null;

  @Field(() => String, { nullable: true, description: "Colonia." })
  neighborhood: string | null;

  @Field(() => ConnectionType)
  type: ConnectionType;

  @Field(() => ConnectionStatus)
  status: ConnectionStatus;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @RestrictedField(FieldReaders.balance, () => DecimalScalar, "Amount owed (MXN); 0 when the account is current.")
  balance: unknown;

  @RestrictedField(FieldReaders.balance, () => Int, "Billing periods owed.")
  periodsOwed: number | null;
}

@ObjectType()
export class ServiceConnectionPage extends Connection(ServiceConnection, "ServiceConnection") {}
