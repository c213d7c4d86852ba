import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { Deadline, deadlineOf } from "../../graphql/deadline.ts";
import { idOf } from "../../shared/global-id.ts";
import { PageArgs } from "../../shared/pagination.ts";
import { InformationRequest, InformationRequestPage } from "./information-request.type.ts";
import {
  AnswerInformationRequestInput, DeclineInformationRequestInput, ExtendInformationRequestInput, InformationRequestFilter,
  InformationRequestPayload, ReceiveInformationRequestInput, StartInformationRequestInput,
} from "./information-request.inputs.ts";
import { applyInformationRequestAction, listInformationRequests, receiveInformationRequest, type InformationRequestActionInput } from "./information-request.service.ts";
import { availableInformationRequestActions } from "./information-request.transitions.ts";

type RequestRow = Pick<InformationRequest, "status" | "dueAt"> & { id: number };
const TYPE = "InformationRequest";

@Resolver(() => InformationRequest)
export class InformationRequestResolver extends NodeResolver(InformationRequest, TYPE) {
  @Authorized(...Operations.readInformationRequests)
  @Query(() => InformationRequestPage, { description: "Information requests by deadline, earliest (so overdue) first." })
  informationRequests(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg("filter", () => InformationRequestFilter, { nullable: true, description: "Filters (all optional, combined with AND)." }) filter?: InformationRequestFilter) {
    return listInformationRequests(ctx as ActingScope, filter, page);
  }

  @Authorized(...Operations.manageInformationRequests)
  @Mutation(() => InformationRequestPayload, { description: "Records a request received under the transparency law; its folio and business-day deadline are assigned." })
  receiveInformationRequest(@Ctx() ctx: Context, @Arg("input", () => ReceiveInformationRequestInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: ReceiveInformationRequestInput) {
    return asPayload(input, () => receiveInformationRequest(ctx as ActingScope, input));
  }

  @Authorized(...Operations.manageInformationRequests)
  @Mutation(() => InformationRequestPayload, { description: "Turns a received request to its responsible area (IN_PROGRESS)." })
  startInformationRequest(@Ctx() ctx: Context, @Arg("input", () => StartInformationRequestInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: StartInformationRequestInput) {
    return this.act(ctx, input, "start");
  }

  @Authorized(...Operations.manageInformationRequests)
  @Mutation(() => InformationRequestPayload, { description: "Extends the term once by the configured business days (informationRequestExtensionDays), with the reason." })
  extendInformationRequest(@Ctx() ctx: Context, @Arg("input", () => ExtendInformationRequestInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: ExtendInformationRequestInput) {
    return this.act(ctx, input, "extend", input.reason);
  }

  @Authorized(...Operations.manageInformationRequests)
  @Mutation(() => InformationRequestPayload, { description: "Records the response delivered; the request is ANSWERED." })
  answerInformationRequest(@Ctx() ctx: Context, @Arg("input", () => AnswerInformationRequestInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: AnswerInformationRequestInput) {
    return this.act(ctx, input, "answer", input.response);
  }

  @Authorized(...Operations.manageInformationRequests)
  @Mutation(() => InformationRequestPayload, { description: "Declines the request with its reason; the request is DECLINED." })
  declineInformationRequest(@Ctx() ctx: Context, @Arg("input", () => DeclineInformationRequestInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: DeclineInformationRequestInput) {
    return this.act(ctx, input, "decline", input.reason);
  }

  private act(ctx: Context, input: { id: string }, action: InformationRequestActionInput["action"], text?: string) {
    return asPayload(input, () => applyInformationRequestAction(ctx as ActingScope, { id: idOf(TYPE, input.id), action, text }));
  }

  @FieldResolver(() => Deadline, { description: "Where the deadline stands today: days left, of them business days." })
  deadline(@Root() row: RequestRow, @Ctx() ctx: Context) {
    return deadlineOf(ctx, row.dueAt);
  }

  @FieldResolver(() => [String], { description: "The actions the caller may take now: start, extend, answer, decline." })
  availableActions(@Root() row: RequestRow, @Ctx() ctx: Context) {
    return availableInformationRequestActions(row.status, ctx.actor!);
  }
}
