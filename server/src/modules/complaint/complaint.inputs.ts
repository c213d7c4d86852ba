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

  @Field(() => ComplaintKind)
  kind: ComplaintKind;

  @Field(() => ComplaintCategory)
  category: ComplaintCategory;

  @Field(() => Channel)
  channel: Channel;

  @Field(() => String)
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
  @Field(() => Complaint, { nullable: true })
  complaint?: Complaint;

  @Field(() => WorkOrder, { nullable: true })
  workOrder?: WorkOrder | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType({ description: "Filters for the complaint list." })
export class ComplaintFilter {
  @Field(() => ComplaintStatus, { nullable: true })
  status?: ComplaintStatus;

  @Field(() => ComplaintCategory, { nullable: true })
  category?: ComplaintCategory;

  @Field(() => ID, { nullable: true })
  connectionId?: string;
}
