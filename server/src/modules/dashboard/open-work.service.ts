// The work inbox (bandeja, workflow 5): open orders the caller may see, overdue first (by due date, then id), filtered
// to the caller's own, its department's, overdue or escalated ones. The row rules are workOrderScope's; the filters
// only narrow them.
import type { ActingScope } from "../../context.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Role, WorkOrderType } from "../../generated/prisma/enums.ts";
import { workOrderScope } from "../../auth/policies.ts";
import { paginateModelBy, type PageArgs } from "../../shared/pagination.ts";
import { OPEN_WORK_ORDER_STATUSES, WORK_ORDER_DEPARTMENT } from "../../shared/workflow-facts.ts";

export interface OpenWorkFilterInput {
  /** only orders assigned to the caller by name */
  mine?: boolean | null;
  /** only orders of the caller's department(s); the head and the manager answer for the whole department */
  myDepartment?: boolean | null;
  department?: Role | null;
  type?: WorkOrderType | null;
  assigneeId?: number | null;
  /** true: past their due date; false: not yet */
  overdue?: boolean | null;
  /** true: escalated (to the head or the manager); false: not escalated */
  escalated?: boolean | null;
}

/** The roles that receive orders as a department (the departments of WORK_ORDER_DEPARTMENT). */
const DEPARTMENTS = [...new Set(Object.values(WORK_ORDER_DEPARTMENT))];
/** Roles that answer for every department's work. */
const WHOLE_DEPARTMENT: Role[] = ["HEAD", "MANAGER"];
const NONE: Prisma.WorkOrderWhereInput = { id: -1 };

/** The orders a department holds: sent to it, or of a type it receives by default and sent to no other desk. */
export function departmentWhere(department: Role): Prisma.WorkOrderWhereInput {
  const types = (Object.keys(WORK_ORDER_DEPARTMENT) as WorkOrderType[]).filter((t) => WORK_ORDER_DEPARTMENT[t] === department);
  return { OR: [{ department }, ...(types.length ? [{ department: null, type: { in: types } }] : [])] };
}

function myDepartmentWhere(scope: ActingScope): Prisma.WorkOrderWhereInput {
  if (scope.actor.kind !== "staff") return NONE;
  const roles = scope.actor.roles;
  if (roles.some((r) => WHOLE_DEPARTMENT.includes(r))) return {};
  const mine = DEPARTMENTS.filter((d) => roles.includes(d));
  return mine.length ? { OR: mine.map(departmentWhere) } : NONE;
}

export function openWorkWhere(scope: ActingScope, filter: OpenWorkFilterInput): Prisma.WorkOrderWhereInput {
  const now = scope.clock.now();
  const me = scope.actor.kind === "staff" ? scope.actor.id : -1;
  const and: Prisma.WorkOrderWhereInput[] = [workOrderScope(scope.actor), { status: { in: OPEN_WORK_ORDER_STATUSES } }];
  if (filter.mine) and.push({ assigneeId: me });
  if (filter.myDepartment) and.push(myDepartmentWhere(scope));
  if (filter.department) and.push(departmentWhere(filter.department));
  if (filter.type) and.push({ type: filter.type });
  if (filter.assigneeId != null) and.push({ assigneeId: filter.assigneeId });
  if (filter.overdue != null) and.push({ dueAt: filter.overdue ? { lt: now } : { gte: now } });
  if (filter.escalated != null) and.push({ escalationLevel: filter.escalated ? { gt: 0 } : 0 });
  return { AND: and };
}

/** One page of the caller's open work, the longest overdue first. */
export function listOpenWork(scope: ActingScope, filter: OpenWorkFilterInput | null | undefined, page: PageArgs) {
  return paginateModelBy(scope.db.workOrder, openWorkWhere(scope, filter ?? {}), page, "dueAt");
}
