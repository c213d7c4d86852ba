import { PAUSE_REASON_MAX } from "../../shared/workflow-facts.ts";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { MaxText, RequiredText } from "../../shared/validation.ts";
import { UserError } from "../../graphql/user-error.ts";
import { WorkOrder } from "../work-order/work-order.type.ts";
import { Complaint } from "./complaint.type.ts";

@InputType({ description: "The advice given to the customer of a complaint whose verification came back NORMAL." })
export class RecordAdviceInput {
  @Field(() => ID, { description: "The VERIFIED complaint (verification outcome NORMAL)." })
  complaintId: string;

  @Field(() => String, { description: "The advice given, e.g. check indoor leaks, ration water, watch the meter (up to 2,000 characters)." })
  @RequiredText(2000)
  advice: string;
}

@InputType({ description: "A leak report in the registry's queue, to hand to FOLLOW_UP." })
export class ForwardLeakReportInput {
  @Field(() => ID, { description: "An OPEN WATER_LEAK or SEWER_LEAK complaint." })
  complaintId: string;

  @Field(() => String, { nullable: true, description: "Instructions for the field crew (up to 500 characters)." })
  @MaxText(500)
  instructions?: string;
}

@InputType({ description: "Stops a complaint's clock while it waits on the customer." })
export class PauseComplaintInput {
  @Field(() => ID, { description: "An open complaint." })
  complaintId: string;

  @Field(() => String, { description: "What is expected from the customer (up to 500 characters; shown in the history)." })
  @RequiredText(PAUSE_REASON_MAX)
  reason: string;
}

@InputType({ description: "Starts a paused complaint's clock again." })
export class ResumeComplaintInput {
  @Field(() => ID, { description: "A paused complaint." })
  complaintId: string;
}

@ObjectType({ description: "The complaint after the change and the order it issued, if any." })
export class ComplaintChangePayload {
  @Field(() => Complaint, { nullable: true, description: "The complaint; null when userErrors is not empty." })
  complaint?: Complaint;

  @Field(() => WorkOrder, { nullable: true, description: "The order issued (the LEAK_REPAIR field report when forwarding)." })
  workOrder?: WorkOrder | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors: UserError[];
}
