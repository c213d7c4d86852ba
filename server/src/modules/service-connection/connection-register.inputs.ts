import { Field, Float, ID, InputType, ObjectType } from "type-graphql";
import { GraphQLDate } from "graphql-scalars";
import { ConnectionType, SpecialUserKind } from "../../generated/prisma/enums.ts";
import { MaxText, RequiredText } from "../../shared/validation.ts";
import { UserError } from "../../graphql/user-error.ts";
import { ServiceConnection } from "./service-connection.type.ts";
import { CONNECTION_LIMITS } from "./connection.rules.ts";

@InputType({ description: "The meter installed when the connection is opened." })
export class FirstMeterInput {
  @Field(() => String, { description: "Serial number printed on the meter (unique)." })
  @RequiredText(CONNECTION_LIMITS.serialNumber)
  serialNumber: string;

  @Field(() => String, { nullable: true, description: "Maker." })
  @MaxText(CONNECTION_LIMITS.brand)
  brand?: string;

  @Field(() => GraphQLDate, { description: "Day of installation (not in the future)." })
  installedAt: Date;

  @Field(() => String, { nullable: true, description: "Reading at installation, m³ (0 when absent; never negative)." })
  @MaxText(12)
  initialReadingM3?: string;
}

@InputType({ description: "A connection's address, coordinates, crew, type and special-user flag." })
class ConnectionFieldsInput {
  @Field(() => String, { nullable: true, description: "Street (required to open)." })
  @MaxText(CONNECTION_LIMITS.street)
  street?: string;

  @Field(() => String, { nullable: true, description: "Exterior number." })
  @MaxText(CONNECTION_LIMITS.exteriorNumber)
  exteriorNumber?: string;

  @Field(() => String, { nullable: true, description: "Colonia." })
  @MaxText(CONNECTION_LIMITS.neighborhood)
  neighborhood?: string;

  @Field(() => ConnectionType, { nullable: true, description: "Tariff class (DOMESTIC when opening without one)." })
  type?: ConnectionType;

  @Field(() => Float, { nullable: true, description: "Latitude (WGS 84), with longitude." })
  latitude?: number;

  @Field(() => Float, { nullable: true, description: "Longitude (WGS 84), with latitude." })
  longitude?: number;

  @Field(() => SpecialUserKind, { nullable: true, description: "Usuario especial; null makes it an ordinary connection." })
  specialKind?: SpecialUserKind | null;

  @Field(() => ID, { nullable: true, description: "Collection crew (id from crews); null on update takes it off any crew." })
  crewId?: string | null;
}

@InputType({ description: "Opens a connection (alta de toma)." })
export class CreateServiceConnectionInput extends ConnectionFieldsInput {
  @Field(() => String, { nullable: true, description: "Control number; omit to take the next of the configured series (Setting controlNumberSeriesStart)." })
  @MaxText(CONNECTION_LIMITS.controlNumber)
  controlNumber?: string;

  @Field(() => ID, { description: "The holder (titular): a customer's global id." })
  holderId: string;

  @Field(() => ID, { description: "Locality (id from localities)." })
  localityId: string;

  @Field(() => FirstMeterInput, { description: "The meter installed." })
  meter: FirstMeterInput;
}

@InputType({ description: "Corrects a connection's data; only the fields given change." })
export class UpdateServiceConnectionInput extends ConnectionFieldsInput {
  @Field(() => ID, { description: "The connection." })
  id: string;

  @Field(() => ID, { nullable: true, description: "Locality (id from localities)." })
  localityId?: string;
}

@InputType({ description: "Cambio de titular." })
export class TransferServiceConnectionInput {
  @Field(() => ID, { description: "The connection." })
  id: string;

  @Field(() => ID, { description: "The new holder: a customer's global id." })
  toUserId: string;

  @Field(() => String, { description: "Why (e.g. compraventa, herencia), as on the paperwork." })
  @RequiredText(CONNECTION_LIMITS.reason)
  reason: string;
}

@InputType({ description: "Baja de toma." })
export class CancelServiceConnectionInput {
  @Field(() => ID, { description: "The connection." })
  id: string;

  @Field(() => String, { description: "Why it is cancelled." })
  @RequiredText(CONNECTION_LIMITS.reason)
  reason: string;
}

@ObjectType({ description: "The connection after the change." })
export class ServiceConnectionPayload {
  @Field(() => ServiceConnection, { nullable: true, description: "The connection, when the change was made." })
  serviceConnection?: ServiceConnection;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}
