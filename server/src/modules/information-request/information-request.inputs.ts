import { Field, ID, InputType, ObjectType } from "type-graphql";
import { InformationRequestChannel, InformationRequestStatus } from "../../generated/prisma/enums.ts";
import { MaxText, RequiredText } from "../../shared/validation.ts";
import { UserError } from "../../graphql/user-error.ts";
import { InformationRequest } from "./information-request.type.ts";

/** Text limits shared with the portal's forms. */
export const INFORMATION_REQUEST_LIMITS = { requesterName: 200, subject: 4000, responsibleArea: 200, text: 8000 } as const;

@InputType({ description: "A request as it was received." })
export class ReceiveInformationRequestInput {
  @Field(() => Date, { description: "When it was received (not in the future)." })
  receivedAt: Date;

  @Field(() => String, { nullable: true, description: "Who asks; omit for an anonymous request." })
  @MaxText(INFORMATION_REQUEST_LIMITS.requesterName)
  requesterName?: string;

  @Field(() => InformationRequestChannel, { description: "How it arrived." })
  channel: InformationRequestChannel;

  @Field(() => String, { description: "The information requested." })
  @RequiredText(INFORMATION_REQUEST_LIMITS.subject)
  subject: string;

  @Field(() => String, { description: "The area that holds the information." })
  @RequiredText(INFORMATION_REQUEST_LIMITS.responsibleArea)
  responsibleArea: string;
}

@InputType({ description: "Turns a received request to its responsible area." })
export class StartInformationRequestInput {
  @Field(() => ID, { description: "The request." })
  id: string;
}

@InputType({ description: "Extends a request's term once, with its reason." })
export class ExtendInformationRequestInput {
  @Field(() => ID, { description: "The request." })
  id: string;

  @Field(() => String, { description: "Why the term is extended (the law requires a reason)." })
  @RequiredText(INFORMATION_REQUEST_LIMITS.text)
  reason: string;
}

@InputType({ description: "Records the response delivered to the requester." })
export class AnswerInformationRequestInput {
  @Field(() => ID, { description: "The request." })
  id: string;

  @Field(() => String, { description: "The response delivered (or where it is and how it was delivered)." })
  @RequiredText(INFORMATION_REQUEST_LIMITS.text)
  response: string;
}

@InputType({ description: "Declines a request, with the reason." })
export class DeclineInformationRequestInput {
  @Field(() => ID, { description: "The request." })
  id: string;

  @Field(() => String, { description: "Why it is declined (e.g. not the utility's information; referred to another body)." })
  @RequiredText(INFORMATION_REQUEST_LIMITS.text)
  reason: string;
}

@ObjectType({ description: "The request after the change." })
export class InformationRequestPayload {
  @Field(() => InformationRequest, { nullable: true, description: "The request, when the change was made." })
  informationRequest?: InformationRequest;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}

@InputType({ description: "Filters for the information requests list." })
export class InformationRequestFilter {
  @Field(() => InformationRequestStatus, { nullable: true, description: "Only this status." })
  status?: InformationRequestStatus;

  @Field(() => Boolean, { nullable: true, description: "Only pending requests (received, in progress, extended)." })
  open?: boolean;

  @Field(() => String, { nullable: true, description: "Folio, requester or subject contains this text." })
  @MaxText(200)
  search?: string;
}
