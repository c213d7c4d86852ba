import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { idOf } from "../../shared/global-id.ts";
import { createServiceConnection, updateServiceConnection } from "./connection-register.service.ts";
import { cancelServiceConnection, transferServiceConnection } from "./connection-lifecycle.service.ts";
import {
  CancelServiceConnectionInput, CreateServiceConnectionInput, ServiceConnectionPayload, TransferServiceConnectionInput, UpdateServiceConnectionInput,
} from "./connection-register.inputs.ts";

const INPUT = { description: "The operation's input; rule failures come back in the payload's userErrors, naming the field." };
const connectionId = (id: string) => idOf("ServiceConnection", id);
const crew = (id: string | null | undefined) => (id === undefined ? undefined : id === null ? null : idOf("Crew", id, "crewId"));

/** The register's changes to connections (REGISTRY, ADMIN). */
@Resolver()
export class ConnectionRegisterResolver {
  @Authorized(...Operations.manageRegister)
  @Mutation(() => ServiceConnectionPayload, { description: "Opens a connection with its holder, address, locality, crew, type, coordinates and first meter; history and audit." })
  createServiceConnection(@Ctx() ctx: Context, @Arg("input", () => CreateServiceConnectionInput, INPUT) input: CreateServiceConnectionInput) {
    return asPayload(input, () =>
      createServiceConnection(ctx as ActingScope, {
        ...input,
        holderId: idOf("User", input.holderId, "holderId"),
        localityId: idOf("Locality", input.localityId, "localityId"),
        crewId: crew(input.crewId),
      }),
    );
  }

  @Authorized(...Operations.manageRegister)
  @Mutation(() => ServiceConnectionPayload, { description: "Corrects a connection's address, coordinates, crew, type or special-user flag; history and audit." })
  updateServiceConnection(@Ctx() ctx: Context, @Arg("input", () => UpdateServiceConnectionInput, INPUT) input: UpdateServiceConnectionInput) {
    return asPayload(input, () =>
      updateServiceConnection(ctx as ActingScope, {
        ...input,
        id: connectionId(input.id),
        localityId: input.localityId ? idOf("Locality", input.localityId, "localityId") : undefined,
        crewId: crew(input.crewId),
      }),
    );
  }

  @Authorized(...Operations.manageRegister)
  @Mutation(() => ServiceConnectionPayload, { description: "Cambio de titular: the old holder stays in the history; the balance stays with the connection unless Setting transferRequiresZeroBalance = 1." })
  transferServiceConnection(@Ctx() ctx: Context, @Arg("input", () => TransferServiceConnectionInput, INPUT) input: TransferServiceConnectionInput) {
    return asPayload(input, () => transferServiceConnection(ctx as ActingScope, { id: connectionId(input.id), toUserId: idOf("User", input.toUserId, "toUserId"), reason: input.reason }));
  }

  @Authorized(...Operations.manageRegister)
  @Mutation(() => ServiceConnectionPayload, { description: "Baja de toma: only with a zero balance and no open order; the connection and its history are kept." })
  cancelServiceConnection(@Ctx() ctx: Context, @Arg("input", () => CancelServiceConnectionInput, INPUT) input: CancelServiceConnectionInput) {
    return asPayload(input, () => cancelServiceConnection(ctx as ActingScope, { id: connectionId(input.id), reason: input.reason }));
  }
}
