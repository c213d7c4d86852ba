import { Field, Float, ID, InputType, ObjectType } from "type-graphql";
import { ArrayMaxSize, Max, Min } from "class-validator";
import { MaxText, RequiredText } from "../../shared/validation.ts";
import { PHONE_MAX_LENGTH } from "../../shared/phone.ts";
import { Channel, ComplaintCategory, ComplaintKind, ComplaintStatus } from "../../generated/prisma/enums.ts";
import { UserError } from "../../graphql/user-error.ts";
import { WorkOrder } from "../work-order/work-order.type.ts";
import { Complaint } from "./complaint.type.ts";

@InputType({ description: "A complaint as the customer brings it." })
export class FileComplaintInput {
  @Field(() => ID, { nullable: true, description: "The connection (required for meter and consumption complaints)." })
  connectionId?: string;

  @Field(() => ComplaintKind, { description: "Queja, denuncia or reporte de problema." })
  kind: ComplaintKind;

  @Field(() => ComplaintCategory, { description: "What it is about; EXCESS_CONSUMPTION and METER_MALFUNCTION issue a verification order." })
  category: ComplaintCategory;

  @Field(() => Channel, { description: "How it arrived." })
  channel: Channel;

  @Field(() => String, { description: "The customer's account of the problem (up to 2,000 characters)." })
  @RequiredText(2000)
  description: string;

  @Field(() => String, { nullable: true, description: "Who reports it; by default the holder's name." })
  @MaxText(200)
  reporterName?: string;

  @Field(() => String, {
    nullable: true,
    description: "A Mexican phone number as written (\"(667) 123 4567\", \"+52 667 123 4567\", \"044 667…\"); stored as its 10 digits.",
  })
  @MaxText(PHONE_MAX_LENGTH)
  reporterPhone?: string;

  @Field(() => String, { nullable: true, description: "Where the problem is, when it is not at a connection." })
  @MaxText(500)
  locationText?: string;

  @Field(() => String, { nullable: true, description: "Street of a leak with no connection (same street + locality is offered as the same leak)." })
  @MaxText(200)
  street?: string;

  @Field(() => ID, { nullable: true, description: "Locality (Locality.id) of a leak with no connection; required then." })
  localityId?: string;

  @Field(() => Float, { nullable: true, description: "Latitude of the problem (WGS 84), with longitude." })
  @Min(-90, { message: "La latitud va de -90 a 90" })
  @Max(90, { message: "La latitud va de -90 a 90" })
  latitude?: number;

  @Field(() => Float, { nullable: true, description: "Longitude of the problem (WGS 84), with latitude." })
  @Min(-180, { message: "La longitud va de -180 a 180" })
  @Max(180, { message: "La longitud va de -180 a 180" })
  longitude?: number;

  @Field(() => ID, { nullable: true, description: "An open leak report of the same leak (from nearbyLeakReports): this one is filed linked to it and closed at once." })
  duplicateOfId?: string;
}

@InputType({ description: "Where a leak is, to find open reports of the same leak before filing." })
export class LeakPlaceInput {
  @Field(() => ID, { nullable: true, description: "The connection, when the leak is at one (its street, locality and coordinates are used)." })
  connectionId?: string;

  @Field(() => ID, { nullable: true, description: "Locality (Locality.id)." })
  localityId?: string;

  @Field(() => String, { nullable: true, description: "Street." })
  @MaxText(200)
  street?: string;

  @Field(() => Float, { nullable: true, description: "Latitude (WGS 84)." })
  latitude?: number;

  @Field(() => Float, { nullable: true, description: "Longitude (WGS 84)." })
  longitude?: number;
}

@ObjectType({ description: "The complaint filed and, for meter or consumption complaints, the verification order issued." })
export class FileComplaintPayload {
  @Field(() => Complaint, { nullable: true, description: "The complaint filed; null when userErrors is not empty." })
  complaint?: Complaint;

  @Field(() => WorkOrder, { nullable: true, description: "The verification order issued, for meter and consumption complaints." })
  workOrder?: WorkOrder | null;

  @Field(() => [Complaint], { nullable: true, description: "Other open leak reports within 100 m or on the same street of the same locality (empty for other categories); null when userErrors is not empty." })
  nearbyLeakReports?: Complaint[];

  @Field(() => [UserError], { description: "Why nothing was filed; empty on success." })
  userErrors: UserError[];
}

@InputType({ description: "Filters for the complaint list." })
export class ComplaintFilter {
  @Field(() => ComplaintStatus, { nullable: true, description: "Only complaints in this status." })
  status?: ComplaintStatus;

  @Field(() => ComplaintCategory, { nullable: true, description: "Only complaints of this category." })
  category?: ComplaintCategory;

  @Field(() => [ComplaintCategory], { nullable: true, description: "Only complaints of these categories (e.g. WATER_LEAK and SEWER_LEAK: the leak reports)." })
  @ArrayMaxSize(20, { message: "Admite hasta 20 categorías" })
  categories?: ComplaintCategory[];

  @Field(() => ID, { nullable: true, description: "Only complaints about this connection." })
  connectionId?: string;
}
