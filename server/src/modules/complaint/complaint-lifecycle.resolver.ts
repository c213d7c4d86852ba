import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { idOf } from "../../shared/global-id.ts";
import { ComplaintChangePayload, ForwardLeakReportInput, PauseComplaintInput, RecordAdviceInput, ResumeComplaintInput } from "./complaint-lifecycle.inputs.ts";
import { pauseComplaint, resumeComplaint } from "./complaint-pause.service.ts";
import { recordAdvice } from "./advice.service.ts";
import { forwardLeakReport } from "./leak-report.service.ts";

const INPUT = { description: "The operation's input; rule failures come back in the payload's userErrors, naming the field." };
const complaintId = (id: string) => idOf("Complaint", id, "complaintId");

/** Complaint actions taken by hand (complaint.transitions.ts). */
@Resolver()
export class ComplaintLifecycleResolver {
  @Authorized(...Operations.recordAdvice)
  @Mutation(() => ComplaintChangePayload, { description: "Closes a complaint whose verification came back NORMAL, with the advice given to the customer." })
  recordAdvice(@Ctx() ctx: Context, @Arg("input", () => RecordAdviceInput, INPUT) input: RecordAdviceInput) {
    return asPayload(input, () => recordAdvice(ctx as ActingScope, complaintId(input.complaintId), input.advice));
  }

  @Authorized(...Operations.forwardLeakReport)
  @Mutation(() => ComplaintChangePayload, { description: "The registry hands an OPEN leak report to FOLLOW_UP: it is FORWARDED and a LEAK_REPAIR order is issued." })
  forwardLeakReport(@Ctx() ctx: Context, @Arg("input", () => ForwardLeakReportInput, INPUT) input: ForwardLeakReportInput) {
    return asPayload(input, () => forwardLeakReport(ctx as ActingScope, complaintId(input.complaintId), input.instructions));
  }

  @Authorized(...Operations.pauseComplaints)
  @Mutation(() => ComplaintChangePayload, { description: "Pauses an open complaint waiting on the customer: its clock stops until it is resumed (history and audit record both)." })
  pauseComplaint(@Ctx() ctx: Context, @Arg("input", () => PauseComplaintInput, INPUT) input: PauseComplaintInput) {
    return asPayload(input, () => pauseComplaint(ctx as ActingScope, { complaintId: complaintId(input.complaintId), reason: input.reason }));
  }

  @Authorized(...Operations.pauseComplaints)
  @Mutation(() => ComplaintChangePayload, { description: "Resumes a paused complaint; the business time it waited is added to pausedBusinessMinutes (complaints carry no due date)." })
  resumeComplaint(@Ctx() ctx: Context, @Arg("input", () => ResumeComplaintInput, INPUT) input: ResumeComplaintInput) {
    return asPayload(input, () => resumeComplaint(ctx as ActingScope, { complaintId: complaintId(input.complaintId) }));
  }
}
