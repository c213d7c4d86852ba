// Registers the data model's enums as GraphQL enums, with their meaning for partners.
import { registerEnumType } from "type-graphql";
import {
  Channel, ComplaintCategory, ComplaintKind, ComplaintStatus, ConnectionStatus, ConnectionType, DiscountKind,
  DiscountStatus, HistoryEventType, SpecialUserKind, HolidayKind, InformationRequestChannel, InformationRequestStatus, LimitationResult, Role, VerificationOutcome, WebhookDeliveryStatus, WorkOrderStatus, WorkOrderType,
} from "../generated/prisma/enums.ts";

registerEnumType(Role, { name: "Role", description: "A staff role (see DOMAIN.md)." });
registerEnumType(ConnectionType, { name: "ConnectionType", description: "Tariff class of a service connection." });
registerEnumType(ConnectionStatus, {
  name: "ConnectionStatus",
  description: "ACTIVE; LIMITED (restricted for non-payment, Sinaloa law); SUSPENDED; CANCELLED.",
});
registerEnumType(ComplaintKind, { name: "ComplaintKind", description: "Queja, denuncia or reporte de problema." });
registerEnumType(ComplaintCategory, { name: "ComplaintCategory", description: "What the complaint is about; EXCESS_CONSUMPTION and METER_MALFUNCTION issue a verification order." });
registerEnumType(Channel, { name: "Channel", description: "How the complaint arrived." });
registerEnumType(ComplaintStatus, {
  name: "ComplaintStatus",
  description: "OPEN → IN_VERIFICATION (order issued) → VERIFIED (result back) → RESOLVED/CLOSED; a leak report OPEN (registry's queue) → FORWARDED (field report issued) → RESOLVED; or CANCELLED.",
});
registerEnumType(WorkOrderType, { name: "WorkOrderType", description: "What the order asks for." });
registerEnumType(WorkOrderStatus, { name: "WorkOrderStatus", description: "Where the order stands." });
registerEnumType(VerificationOutcome, {
  name: "VerificationOutcome",
  description: "METER_OVER_REGISTERING (with the excess m³), EXTERNAL_LEAK, or NORMAL.",
});
registerEnumType(LimitationResult, { name: "LimitationResult", description: "A collection crew's result at a delinquent connection." });
registerEnumType(DiscountKind, { name: "DiscountKind", description: "SOCIAL (pensioner, retiree, employee) or METER_ADJUSTMENT." });
registerEnumType(DiscountStatus, { name: "DiscountStatus", description: "REQUESTED → AUTHORIZED → APPLIED, or REJECTED." });
registerEnumType(HistoryEventType, { name: "HistoryEventType", description: "Kind of entry in a connection's history." });
registerEnumType(InformationRequestStatus, {
  name: "InformationRequestStatus",
  description: "RECEIVED → IN_PROGRESS (turned to the responsible area) → EXTENDED (once) → ANSWERED; or DECLINED with a reason.",
});
registerEnumType(InformationRequestChannel, { name: "InformationRequestChannel", description: "How an information request arrived." });
registerEnumType(HolidayKind, { name: "HolidayKind", description: "FEDERAL (computed, mandatory rest day) or CLOSURE (configured by the utility)." });
registerEnumType(SpecialUserKind, { name: "SpecialUserKind", description: "Usuarios especiales: PUBLIC_BUILDING, SCHOOL, LARGE_CONSUMER." });
registerEnumType(WebhookDeliveryStatus, {
  name: "WebhookDeliveryStatus",
  description: "PENDING: queued or being retried; DELIVERED: the receiver answered 2xx; FAILED: every attempt failed (replayable).",
});
