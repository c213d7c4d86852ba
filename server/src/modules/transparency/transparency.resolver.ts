import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { Deadline, deadlineOf } from "../../graphql/deadline.ts";
import { requestLoader } from "../../graphql/request-loader.ts";
import { idOf } from "../../shared/global-id.ts";
import { Staff } from "../staff/staff.type.ts";
import { TransparencyFigures, TransparencyMonth, TransparencyReport } from "./transparency.type.ts";
import { monthWindow } from "./transparency.figures.ts";
import { GenerateTransparencyReportInput, MarkTransparencyReportDeliveredInput, TransparencyReportPayload } from "./transparency.inputs.ts";
import {
  canDeliver, canGenerate, endedMonths, generateTransparencyReport, liveFigures, markTransparencyReportDelivered, snapshotsOfMonths,
  transparencyMonth, type TransparencyMonth as MonthRow,
} from "./transparency.service.ts";

type ReportRow = { id: number; year: number; month: number; version: number; deliveredAt: Date | null; generatedById: number | null; deliveredById: number | null };
const TYPE = "TransparencyReport";

/** The snapshots of the months of one response, loaded together. */
const snapshotsOf = (ctx: Context, month: { year: number; month: number }) =>
  requestLoader<string, ReportRow[]>(ctx, "transparencySnapshots", (keys) =>
    snapshotsOfMonths(ctx as ActingScope, keys.map((k) => ({ year: Number(k.slice(0, 4)), month: Number(k.slice(5)) }))),
  ).load(`${month.year}-${month.month}`);

@Resolver(() => TransparencyReport)
export class TransparencyReportResolver extends NodeResolver(TransparencyReport, TYPE) {
  @Authorized(...Operations.readTransparency)
  @Query(() => TransparencyFigures, { description: "A month's figures computed now from the operations (not a snapshot; generate one to freeze it)." })
  transparencyReport(@Ctx() ctx: Context, @Arg("year", () => Int, { description: "Year." }) year: number, @Arg("month", () => Int, { description: "Month (1–12)." }) month: number) {
    return liveFigures(ctx as ActingScope, year, month);
  }

  @Authorized(...Operations.readTransparency)
  @Query(() => [TransparencyMonth], { description: "The last `count` months that have ended (at most 24), newest first, with their due days and snapshots." })
  transparencyMonths(@Ctx() ctx: Context, @Arg("count", () => Int, { defaultValue: 12, description: "How many months (1–24)." }) count: number) {
    return endedMonths(ctx as ActingScope, count);
  }

  @Authorized(...Operations.readTransparency)
  @Query(() => TransparencyMonth, { description: "One month of the transparency calendar." })
  transparencyMonth(@Arg("year", () => Int, { description: "Year." }) year: number, @Arg("month", () => Int, { description: "Month (1–12)." }) month: number) {
    return transparencyMonth(year, month);
  }

  @Authorized(...Operations.generateTransparencyReport)
  @Mutation(() => TransparencyReportPayload, { description: "Freezes an ended month's figures as a new version (SHA-256 sealed)." })
  generateTransparencyReport(@Ctx() ctx: Context, @Arg("input", () => GenerateTransparencyReportInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: GenerateTransparencyReportInput) {
    return asPayload(input, () => generateTransparencyReport(ctx as ActingScope, input));
  }

  @Authorized(...Operations.deliverTransparencyReport)
  @Mutation(() => TransparencyReportPayload, { description: "Records that the month's latest version was delivered to IT's transparency unit (who and when); it never changes afterwards." })
  markTransparencyReportDelivered(@Ctx() ctx: Context, @Arg("input", () => MarkTransparencyReportDeliveredInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: MarkTransparencyReportDeliveredInput) {
    return asPayload(input, () => markTransparencyReportDelivered(ctx as ActingScope, { id: idOf(TYPE, input.id) }));
  }

  @FieldResolver(() => Staff, { nullable: true, description: "Who generated it." })
  generatedBy(@Root() row: ReportRow, @Ctx() ctx: Context) {
    return row.generatedById ? ctx.loaders.staff.load(row.generatedById) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: "Who recorded its delivery." })
  deliveredBy(@Root() row: ReportRow, @Ctx() ctx: Context) {
    return row.deliveredById ? ctx.loaders.staff.load(row.deliveredById) : null;
  }

  @FieldResolver(() => [String], { description: "What the caller may do with this version now: deliver (the month's latest version, not yet delivered)." })
  async availableActions(@Root() row: ReportRow, @Ctx() ctx: Context) {
    if (row.deliveredAt || !canDeliver(ctx as ActingScope)) return [];
    const [latest] = await snapshotsOf(ctx, row);
    return latest?.id === row.id ? ["deliver"] : [];
  }
}

@Resolver(() => TransparencyMonth)
export class TransparencyMonthResolver {
  @FieldResolver(() => Deadline, { description: "Where the due day stands today (days left, of them business days)." })
  deadline(@Root() row: MonthRow, @Ctx() ctx: Context) {
    return deadlineOf(ctx, row.dueOn);
  }

  @FieldResolver(() => [TransparencyReport], { description: "The month's snapshots, newest version first." })
  reports(@Root() row: MonthRow, @Ctx() ctx: Context) {
    return snapshotsOf(ctx, row);
  }

  @FieldResolver(() => Boolean, { description: "Whether a version of the month was delivered." })
  async delivered(@Root() row: MonthRow, @Ctx() ctx: Context) {
    return (await snapshotsOf(ctx, row)).some((r) => r.deliveredAt);
  }

  @FieldResolver(() => [String], { description: "What the caller may do with the month now: generate (a new version, once the month has ended)." })
  availableActions(@Root() row: MonthRow, @Ctx() ctx: Context) {
    const ended = monthWindow(row.year, row.month).to <= ctx.clock.now();
    return ended && canGenerate(ctx as ActingScope) ? ["generate"] : [];
  }
}
