// Workflow 6: each month's figures are due to IT by the 20th of the next month. A generated report is a frozen
// snapshot (figures + generation time + SHA-256 of its canonical JSON); regenerating adds a version, and a delivered
// version never changes (the database refuses it too).
import type { ActingScope } from "../../context.ts";
import type { Tx } from "../../db/client.ts";
import { inTransaction } from "../../db/transaction.ts";
import { isGranted, Operations, transparencyReportScope } from "../../auth/policies.ts";
import { sha256 } from "../../auth/tokens.ts";
import { canonicalJson } from "../../shared/canonical-json.ts";
import { localDay } from "../../shared/business-calendar.ts";
import { badInput, conflict, notFound } from "../../shared/errors.ts";
import { TRANSPARENCY_DUE_DAY } from "../../shared/workflow-facts.ts";
import { assertYearMonth } from "../../shared/input-rules.ts";
import { monthTitle, type TransparencyFigures } from "../../shared/transparency-figures.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { computeFigures } from "./transparency.figures.ts";

/** How many months the overview goes back at most. */
export const MAX_MONTHS = 24;

/** The legal due day of a month's figures: the 20th of the following month (a calendar date). */
export function transparencyDueOn(year: number, month: number): Date {
  return month === 12 ? new Date(Date.UTC(year + 1, 0, TRANSPARENCY_DUE_DAY)) : new Date(Date.UTC(year, month, TRANSPARENCY_DUE_DAY));
}

/** The month a date falls in, on the utility's calendar. */
const monthOf = (instant: Date) => {
  const day = localDay(instant);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1 };
};

function assertEndedMonth(scope: ActingScope, year: number, month: number) {
  assertYearMonth(year, month);
  const current = monthOf(scope.clock.now());
  if (year * 12 + month >= current.year * 12 + current.month) throw badInput("month", `${monthTitle(year, month)} aún no termina: su informe se genera a partir del día 1 siguiente`);
}

/** The month's figures computed now from the operations (not a snapshot). */
export function liveFigures(scope: ActingScope, year: number, month: number): Promise<TransparencyFigures> {
  assertYearMonth(year, month);
  return computeFigures(scope.db, year, month);
}

/** What the snapshot's hash covers. */
export const snapshotDigest = (snapshot: { year: number; month: number; version: number; generatedAt: Date; figures: unknown }) =>
  sha256(canonicalJson({ year: snapshot.year, month: snapshot.month, version: snapshot.version, generatedAt: snapshot.generatedAt, figures: snapshot.figures }));

/** Freezes the month's figures as a new version. */
export async function generateTransparencyReport(scope: ActingScope, input: { year: number; month: number }) {
  assertEndedMonth(scope, input.year, input.month);
  return inTransaction(scope, async (tx) => {
    // two generations of one month at once: the unique (year, month, version) refuses the second (CONFLICT)
    const last = await tx.transparencyReport.findFirst({ where: { year: input.year, month: input.month }, orderBy: { version: "desc" }, select: { version: true } });
    const generatedAt = scope.clock.now();
    const figures = await computeFigures(tx, input.year, input.month);
    const snapshot = { year: input.year, month: input.month, version: (last?.version ?? 0) + 1, generatedAt, figures };
    const report = await tx.transparencyReport.create({
      data: {
        ...snapshot,
        figures: JSON.parse(JSON.stringify(figures)),
        sha256: snapshotDigest(snapshot),
        dueAt: transparencyDueOn(input.year, input.month),
        generatedById: scope.actor.kind === "staff" ? scope.actor.id : null,
      },
    });
    await recordAudit(tx, scope, { action: "transparencyReport.generate", entityType: "TransparencyReport", entityId: report.id, after: { ...report, figures: undefined } });
    return { report };
  });
}

/** Records that a version was delivered to IT's transparency unit (once; only the month's latest version). */
export async function markTransparencyReportDelivered(scope: ActingScope, input: { id: number }) {
  return inTransaction(scope, async (tx) => {
    const before = await findReport(tx, scope, input.id);
    if (before.deliveredAt) throw conflict(`La versión ${before.version} de ${monthTitle(before.year, before.month)} ya fue entregada`);
    const latest = await tx.transparencyReport.findFirst({ where: { year: before.year, month: before.month }, orderBy: { version: "desc" }, select: { version: true } });
    if (latest && latest.version !== before.version) throw conflict(`La versión ${before.version} fue sustituida por la ${latest.version}: entregue la más reciente`);
    const deliveredAt = scope.clock.now();
    const { count } = await tx.transparencyReport.updateMany({
      where: { id: before.id, deliveredAt: null },
      data: { deliveredAt, deliveredById: scope.actor.kind === "staff" ? scope.actor.id : null },
    });
    if (count !== 1) throw conflict("El informe ya fue entregado");
    const report = await tx.transparencyReport.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, scope, { action: "transparencyReport.deliver", entityType: "TransparencyReport", entityId: report.id, before: { deliveredAt: null }, after: { deliveredAt, sha256: report.sha256 } });
    return { report };
  });
}

async function findReport(tx: Tx, scope: ActingScope, id: number) {
  const report = await tx.transparencyReport.findFirst({ where: { AND: [transparencyReportScope(scope.actor), { id }] } });
  if (!report) throw notFound("El informe");
  return report;
}

export function findTransparencyReport(scope: ActingScope, id: number) {
  return scope.db.transparencyReport.findFirst({ where: { AND: [transparencyReportScope(scope.actor), { id }] } });
}

export interface TransparencyMonth {
  year: number;
  month: number;
  dueOn: Date;
}

/** The last `count` months that have ended, newest first (their snapshots load per month through a loader). */
export function endedMonths(scope: ActingScope, count: number): TransparencyMonth[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_MONTHS) throw badInput("count", `Pida entre 1 y ${MAX_MONTHS} meses`);
  const current = monthOf(scope.clock.now());
  return Array.from({ length: count }, (_, i) => {
    const index = current.year * 12 + (current.month - 1) - (i + 1);
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return { year, month, dueOn: transparencyDueOn(year, month) };
  });
}

/** One month of the overview (it may be the current one: its figures are not yet due). */
export function transparencyMonth(year: number, month: number): TransparencyMonth {
  assertYearMonth(year, month);
  return { year, month, dueOn: transparencyDueOn(year, month) };
}

/** The snapshots of several months (versions, newest first), with one query. */
export async function snapshotsOfMonths(scope: ActingScope, months: { year: number; month: number }[]) {
  if (!months.length) return [];
  const rows = await scope.db.transparencyReport.findMany({
    where: { AND: [transparencyReportScope(scope.actor), { OR: months.map(({ year, month }) => ({ year, month })) }] },
    orderBy: [{ year: "desc" }, { month: "desc" }, { version: "desc" }],
    take: months.length * 50,
  });
  return months.map(({ year, month }) => rows.filter((r) => r.year === year && r.month === month));
}

/** Whether the actor may deliver reports (for availableActions). */
export const canDeliver = (scope: ActingScope) => isGranted(scope.actor, Operations.deliverTransparencyReport);
export const canGenerate = (scope: ActingScope) => isGranted(scope.actor, Operations.generateTransparencyReport);
