import { Field, ID, InputType, ObjectType } from "type-graphql";
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
}

@ObjectType({ description: "The complaint filed and, for meter or consumption complaints, the verification order issued." })
export class FileComplaintPayload {
  @Field(() => Complaint, { nullable: true, description: "The complaint filed; null when userErrors is not empty." })
  complaint?: Complaint;

  @Field(() => WorkOrder, { nullable: true, description: "The verification order issued, for meter and consumption complaints." })
  workOrder?: WorkOrder | null;

  @Field(() => [UserError], { description: "Why nothing was filed; empty on success." })
  userErrors: UserError[];
}

@InputType({ description: "Filters for the complaint list." })
export class ComplaintFilter {
  @Field(() => ComplaintStatus, { nullable: true, description: "Only complaints in this status." })
  status?: ComplaintStatus;

  @Field(() => ComplaintCategory, { nullable: true, description: "Only complaints of this category." })
  category?: ComplaintCategory;

  @Field(() => ID, { nullable: true, description: "Only complaints about this connection." })
  connectionId?: string;
}
