import { Field, InputType, ObjectType } from "type-graphql";
import { ComplaintCategory, ComplaintKind, ComplaintStatus, WorkOrderStatus, WorkOrderType } from "../../generated/prisma/enums.ts";
import { MaxText, RequiredText } from "../../shared/validation.ts";

@ObjectType({ simpleResolvers: true, description: "An order issued for a tracked complaint: what it is and where it stands, with dates." })
export class TrackedOrder {
  @Field(() => String, { description: "Human folio of the order, e.g. OV-2026-000045." })
  folio: string;

  @Field(() => WorkOrderType, { description: "What the order is for." })
  type: WorkOrderType;

  @Field(() => WorkOrderStatus, { description: "Where it stands." })
  status: WorkOrderStatus;

  @Field(() => Date, { description: "When it was issued." })
  issuedAt: Date;

  @Field(() => Date, { description: "When it is due." })
  dueAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was completed." })
  completedAt: Date | null;
}

@ObjectType({ simpleResolvers: true, description: "What a citizen may know of a complaint by its folio: status and dates only (no names, no address beyond the locality, no amounts)." })
export class FolioTracking {
  @Field(() => String, { description: "The complaint's folio." })
  folio: string;

  @Field(() => ComplaintKind, { description: "Queja, denuncia or reporte de problema." })
  kind: ComplaintKind;

  @Field(() => ComplaintCategory, { description: "What it is about." })
  category: ComplaintCategory;

  @Field(() => ComplaintStatus, { description: "Where it stands." })
  status: ComplaintStatus;

  @Field(() => Date, { description: "When it was filed." })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was resolved or closed." })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The locality it concerns, when known." })
  localityName: string | null;

  @Field(() => [TrackedOrder], { description: "The orders issued for it, oldest first." })
  orders: TrackedOrder[];
}

@InputType({ description: "A folio and what proves the caller filed it: the connection's control number or the phone given when filing." })
export class TrackFolioInput {
  @Field(() => String, { description: "The complaint's folio, e.g. Q-2026-000123." })
  @RequiredText(40)
  folio: string;

  @Field(() => String, { nullable: true, description: "The connection's control number (número de control)." })
  @MaxText(20)
  controlNumber?: string;

  @Field(() => String, { nullable: true, description: "The phone the report was filed with." })
  @MaxText(30)
  phone?: string;
}
