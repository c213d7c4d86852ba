import "reflect-metadata";
import "./enums.ts";
import path from "node:path";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { AuthChecker } from "../auth/auth-checker.ts";
import { API_SCOPES } from "../auth/policies.ts";
import { validateArgs } from "./validate-args.ts";
import { NodeQueryResolver } from "./node.resolver.ts";
import { SessionResolver } from "../modules/session/session.resolver.ts";
import { ServiceConnectionResolver } from "../modules/service-connection/service-connection.resolver.ts";
import { LedgerEntryResolver } from "../modules/service-connection/ledger.resolver.ts";
import { UserResolver } from "../modules/user/user.resolver.ts";
import { ConnectionRegisterResolver } from "../modules/service-connection/connection-register.resolver.ts";
import { RegisterImportResolver } from "../modules/register-import/import.resolver.ts";
import { ComplaintResolver } from "../modules/complaint/complaint.resolver.ts";
import { WorkOrderResolver } from "../modules/work-order/work-order.resolver.ts";
import { WorkOrderLifecycleResolver } from "../modules/work-order/work-order-lifecycle.resolver.ts";
import { ComplaintLifecycleResolver } from "../modules/complaint/complaint-lifecycle.resolver.ts";
import { ConnectionDiscountsResolver, DiscountResolver } from "../modules/discount/discount.resolver.ts";
import { ConnectionConsumptionResolver, LedgerResolver } from "../modules/ledger/ledger.resolver.ts";
import { AuditChainBreakResolver, AuditResolver } from "../modules/audit/audit.resolver.ts";
import { LocalityResolver } from "../modules/locality/locality.resolver.ts";
import { HistoryEventResolver } from "../modules/history/history.resolver.ts";
import { PermissionsResolver } from "../modules/permissions/permissions.resolver.ts";
import { TransparencyMonthResolver, TransparencyReportResolver } from "../modules/transparency/transparency.resolver.ts";
import { ApiClientResolver } from "../modules/api-client/api-client.resolver.ts";
import { LocalityAdminResolver } from "../modules/locality/locality.admin.resolver.ts";
import { CrewResolver } from "../modules/crew/crew.resolver.ts";
import { TariffResolver } from "../modules/tariff/tariff.resolver.ts";
import { HolidayResolver } from "../modules/holiday/holiday.resolver.ts";
import { ServiceTargetResolver } from "../modules/service-target/service-target.resolver.ts";
import { SettingResolver } from "../modules/setting/setting.resolver.ts";
import { WorkOrderClockResolver } from "../modules/service-target/pause.resolver.ts";
import { DashboardResolver, OrdersByAssigneeResolver, PendingItemResolver } from "../modules/dashboard/dashboard.resolver.ts";
import { DepartmentDashboardResolver, OpenWorkResolver, PendingItemOrderResolver } from "../modules/dashboard/department.resolver.ts";
import { StaffAdminResolver } from "../modules/staff/staff-admin.resolver.ts";
import { CrewDelinquencyResolver, DelinquencyResolver, DelinquentConnectionResolver, WorkOrderCrewResolver } from "../modules/delinquency/delinquency.resolver.ts";
import { FolioTrackingResolver } from "../modules/folio-tracking/folio-tracking.resolver.ts";
import { InformationRequestResolver } from "../modules/information-request/information-request.resolver.ts";
import { WebhookDeliveryResolver, WebhookResolver } from "../modules/webhook/webhook.resolver.ts";

/** Every resolver of the API; the schema, its SDL file and the access test are all built from this list. */
export const resolvers = [
  NodeQueryResolver,
  SessionResolver,
  ServiceConnectionResolver,
  LedgerEntryResolver,
  UserResolver,
  ConnectionRegisterResolver,
  RegisterImportResolver,
  ComplaintResolver,
  WorkOrderResolver,
  WorkOrderLifecycleResolver,
  ComplaintLifecycleResolver,
  DiscountResolver,
  ConnectionDiscountsResolver,
  LedgerResolver,
  ConnectionConsumptionResolver,
  AuditResolver,
  AuditChainBreakResolver,
  LocalityResolver,
  HistoryEventResolver,
  PermissionsResolver,
  InformationRequestResolver,
  FolioTrackingResolver,
  TransparencyReportResolver,
  TransparencyMonthResolver,
  StaffAdminResolver,
  ApiClientResolver,
  LocalityAdminResolver,
  CrewResolver,
  TariffResolver,
  HolidayResolver,
  ServiceTargetResolver,
  SettingResolver,
  DelinquencyResolver,
  DelinquentConnectionResolver,
  CrewDelinquencyResolver,
  WorkOrderCrewResolver,
  WorkOrderClockResolver,
  DashboardResolver,
  OrdersByAssigneeResolver,
  PendingItemResolver,
  WebhookResolver,
  WebhookDeliveryResolver,
  DepartmentDashboardResolver,
  OpenWorkResolver,
  PendingItemOrderResolver,
] as const;

export const SDL_FILE = path.resolve(import.meta.dirname, "../../../schema/schema.graphql");

let built: Promise<GraphQLSchema> | undefined;

export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...resolvers],
    authChecker: AuthChecker,
    authMode: "error",
    validateFn: validateArgs,
  }).then(describeRootTypes);
  return built;
}

const PARTNER_SCOPES =
  "Staff call with a session token; partner systems with an API key (Authorization: Bearer vtk_…) whose scopes decide what they may call: " +
  Object.entries(API_SCOPES).map(([name, meaning]) => `${name} — ${meaning}`).join(" ");

// type-graphql declares Query and Mutation itself and takes no description for them
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  schema.getQueryType()!.description = `The read operations; which of them the caller may use is in \`myPermissions\` (the API enforces it regardless). ${PARTNER_SCOPES}`;
  schema.getMutationType()!.description = "The changes; each takes one `input` and answers a payload whose `userErrors` say why nothing changed.";
  return schema;
}
