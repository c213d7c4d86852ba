import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import type { ActingScope, Context } from "../context.ts";
import { FieldReaders, Operations, isGranted, type Grant } from "../auth/policies.ts";
import { fromGlobalId } from "../shared/global-id.ts";
import { findComplaint } from "../modules/complaint/complaint.service.ts";
import { findWorkOrder } from "../modules/work-order/work-order.service.ts";
import { findConnection } from "../modules/service-connection/service-connection.service.ts";
import { findUser } from "../modules/user/user.service.ts";
import { findDiscount } from "../modules/discount/discount.service.ts";
import { findTransparencyReport } from "../modules/transparency/transparency.service.ts";
import { findInformationRequest } from "../modules/information-request/information-request.service.ts";
import { findRegisterImport } from "../modules/register-import/import.service.ts";
import { findStaff } from "../modules/staff/staff-admin.service.ts";
import { findWebhook, findWebhookDelivery } from "../modules/webhook/webhook.service.ts";
import { Node } from "./node.ts";
import { findApiClientRow, findAuditEntryRow, findCrewRow, findHistoryEventRow, findLedgerEntryRow, findLocalityRow, findTariffRow } from "./node-rows.ts";

type Loader = { grants: Grant[]; load: (scope: ActingScope, id: number) => Promise<object | null> };

/** How `node(id)` fetches each type: the same gate and row rules as the type's own queries. */
export const LOADERS: Record<string, Loader> = {
  ServiceConnection: { grants: Operations.readConnections, load: (s, id) => findConnection(s, { id }) },
  User: { grants: Operations.readUsers, load: findUser },
  Complaint: { grants: Operations.readComplaints, load: findComplaint },
  WorkOrder: { grants: Operations.readWorkOrders, load: findWorkOrder },
  Discount: { grants: Operations.readDiscounts, load: findDiscount },
  InformationRequest: { grants: Operations.readInformationRequests, load: findInformationRequest },
  TransparencyReport: { grants: Operations.readTransparency, load: findTransparencyReport },
  Staff: { grants: Operations.readStaff, load: findStaff },
  Locality: { grants: Operations.readLocalities, load: findLocalityRow },
  HistoryEvent: { grants: FieldReaders.history, load: findHistoryEventRow },
  LedgerEntry: { grants: FieldReaders.balance, load: findLedgerEntryRow },
  AuditEntry: { grants: Operations.readAudit, load: findAuditEntryRow },
  ApiClient: { grants: Operations.readApiClients, load: findApiClientRow },
  Crew: { grants: Operations.readCatalogs, load: findCrewRow },
  Tariff: { grants: Operations.readCatalogs, load: findTariffRow },
  RegisterImport: { grants: Operations.readRegisterImports, load: findRegisterImport },
  Webhook: { grants: Operations.readWebhooks, load: findWebhook },
  WebhookDelivery: { grants: Operations.readWebhooks, load: findWebhookDelivery },
};

@Resolver()
export class NodeQueryResolver {
  @Authorized(...Operations.readAny)
  @Query(() => Node, { nullable: true, description: "Any object by its global id; null when it does not exist or the caller may not see it." })
  async node(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Global id, as given by any object's `id`." }) id: string) {
    const { type, id: databaseId } = fromGlobalId(id);
    const loader = LOADERS[type];
    if (!loader || !isGranted(ctx.actor!, loader.grants)) return null;
    const row = await loader.load(ctx as ActingScope, databaseId);
    return row && { ...row, __typename: type };
  }
}
