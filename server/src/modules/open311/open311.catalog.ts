// The Open311 GeoReport v2 services: one per complaint category, with the kind of complaint each files and the
// attributes its service definition declares. Texts come from the labels module.
import type { ComplaintCategory, ComplaintKind } from "../../generated/prisma/enums.ts";
import { COMPLAINT_CATEGORIES, OPEN311_ATTRIBUTE_TEXTS, OPEN311_SERVICE_TEXTS } from "../../shared/labels.ts";

export interface Open311Attribute {
  variable: boolean;
  code: string;
  datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
  required: boolean;
  datatype_description: string | null;
  order: number;
  description: string;
}

export interface Open311Service {
  service_code: ComplaintCategory;
  service_name: string;
  description: string;
  metadata: boolean;
  type: "realtime" | "batch" | "blackbox";
  keywords: string;
  group: string;
}

/** The order the services are listed in (leaks first: what a 311 app is mostly for). */
const CATEGORIES: ComplaintCategory[] = ["WATER_LEAK", "SEWER_LEAK", "NO_WATER", "LOW_PRESSURE", "WATER_QUALITY", "EXCESS_CONSUMPTION", "METER_MALFUNCTION", "BILLING", "OTHER"];

/** Categories about one account: they need the connection's control number (a verification, a bill). */
const NEEDS_CONNECTION: ComplaintCategory[] = ["EXCESS_CONSUMPTION", "METER_MALFUNCTION", "BILLING"];

/** Problems in the street or the service are problem reports; what concerns the account is a complaint. */
const KIND: Record<ComplaintCategory, ComplaintKind> = {
  WATER_LEAK: "PROBLEM_REPORT",
  SEWER_LEAK: "PROBLEM_REPORT",
  NO_WATER: "PROBLEM_REPORT",
  LOW_PRESSURE: "PROBLEM_REPORT",
  WATER_QUALITY: "PROBLEM_REPORT",
  EXCESS_CONSUMPTION: "COMPLAINT",
  METER_MALFUNCTION: "COMPLAINT",
  BILLING: "COMPLAINT",
  OTHER: "COMPLAINT",
};

export const CONTROL_NUMBER_ATTRIBUTE = "control_number";

export function open311Services(): Open311Service[] {
  return CATEGORIES.map((code) => ({
    service_code: code,
    service_name: COMPLAINT_CATEGORIES[code],
    description: OPEN311_SERVICE_TEXTS[code].description,
    // every service takes the connection's control number (required where the complaint is about the account)
    metadata: true,
    // a request gets its folio at once
    type: "realtime",
    keywords: OPEN311_SERVICE_TEXTS[code].keywords,
    group: OPEN311_SERVICE_TEXTS[code].group,
  }));
}

export const isOpen311Service = (code: string): code is ComplaintCategory => (CATEGORIES as string[]).includes(code);

export const open311Kind = (code: ComplaintCategory): ComplaintKind => KIND[code];

/** A service's definition (GeoReport v2 `services/{code}`): its attributes. */
export function open311ServiceDefinition(code: ComplaintCategory): { service_code: ComplaintCategory; attributes: Open311Attribute[] } {
  return {
    service_code: code,
    attributes: [
      {
        variable: true,
        code: CONTROL_NUMBER_ATTRIBUTE,
        datatype: "string",
        required: NEEDS_CONNECTION.includes(code),
        datatype_description: "El número de control impreso en el recibo",
        order: 1,
        description: OPEN311_ATTRIBUTE_TEXTS.control_number,
      },
    ],
  };
}
