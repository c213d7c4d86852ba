import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { idOf } from "../../shared/global-id.ts";
import {
  AssignWorkOrderInput, CancelWorkOrderInput, CompleteWorkOrderInput, RequestReconnectionInput, StartWorkOrderInput, WorkOrderPayload,
} from "./work-order-lifecycle.inputs.ts";
import { completeWorkOrder } from "./work-order.service.ts";
import { assignWorkOrder, cancelWorkOrder, startWorkOrder } from "./work-order.actions.ts";
import { requestReconnection } from "./reconnection.service.ts";

const INPUT = { description: "The operation's input; rule failures come back in the payload's userErrors, naming the field." };
const orderId = (id: string) => idOf("WorkOrder", id, "workOrderId");

/** The lifecycle of every order (work-order.transitions.ts) and the orders the counter issues by hand. */
@Resolver()
export class WorkOrderLifecycleResolver {
  @Authorized(...Operations.assignWorkOrder)
  @Mutation(() => WorkOrderPayload, { description: "Assigns an ISSUED order, or reassigns an open one, to a person or a department." })
  assignWorkOrder(@Ctx() ctx: Context, @Arg("input", () => AssignWorkOrderInput, INPUT) input: AssignWorkOrderInput) {
    return asPayload(input, () =>
      assignWorkOrder(ctx as ActingScope, {
        workOrderId: orderId(input.workOrderId),
        assigneeId: input.assigneeId == null ? null : idOf("Staff", input.assigneeId, "assigneeId"),
        department: input.department ?? null,
      }),
    );
  }

  @Authorized(...Operations.workOnWorkOrder)
  @Mutation(() => WorkOrderPayload, { description: "Whoever holds an ASSIGNED order starts the work (IN_PROGRESS)." })
  startWorkOrder(@Ctx() ctx: Context, @Arg("input", () => StartWorkOrderInput, INPUT) input: StartWorkOrderInput) {
    return asPayload(input, () => startWorkOrder(ctx as ActingScope, orderId(input.workOrderId)));
  }

  @Authorized(...Operations.workOnWorkOrder)
  @Mutation(() => WorkOrderPayload, {
    description: "Whoever holds the order records its result, typed by the order's type; its effects (connection status, meter, complaint) follow in the same transaction.",
  })
  completeWorkOrder(@Ctx() ctx: Context, @Arg("input", () => CompleteWorkOrderInput, INPUT) input: CompleteWorkOrderInput) {
    return asPayload(input, () => completeWorkOrder(ctx as ActingScope, orderId(input.workOrderId), input));
  }

  @Authorized(...Operations.cancelWorkOrder)
  @Mutation(() => WorkOrderPayload, { description: "Cancels an open order with the reason, which enters the connection's history." })
  cancelWorkOrder(@Ctx() ctx: Context, @Arg("input", () => CancelWorkOrderInput, INPUT) input: CancelWorkOrderInput) {
    return asPayload(input, () => cancelWorkOrder(ctx as ActingScope, orderId(input.workOrderId), input.reason));
  }

  @Authorized(...Operations.requestReconnection)
  @Mutation(() => WorkOrderPayload, {
    description: "Issues the RECONNECTION order (observation \"Reinstalación de servicio\") for a LIMITED connection whose balance is 0 or less; otherwise refused with the amount owed.",
  })
  requestReconnection(@Ctx() ctx: Context, @Arg("input", () => RequestReconnectionInput, INPUT) input: RequestReconnectionInput) {
    return asPayload(input, () => requestReconnection(ctx as ActingScope, idOf("ServiceConnection", input.connectionId, "connectionId")));
  }
}
