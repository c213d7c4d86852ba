import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { idOf } from "../../shared/global-id.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { PageArgs } from "../../shared/pagination.ts";
import { RegisterImport, RegisterImportIssuePage, RegisterImportPage, RegisterImportPayload } from "./import.type.ts";
import { applyRegisterImport, findRegisterImport, listRegisterImports, registerImportApiId, registerImportIssues, registerImportPace } from "./import.service.ts";

type RunRow = Parameters<typeof registerImportPace>[0] & { storedFile: string | null; dryRunId: number | null };

@Resolver(() => RegisterImport)
export class RegisterImportResolver extends NodeResolver(RegisterImport, "RegisterImport") {
  @Authorized(...Operations.readRegisterImports)
  @Query(() => RegisterImportPage, { description: "Register import runs, newest first, with their progress." })
  registerImports(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return listRegisterImports(ctx as ActingScope, page);
  }

  @Authorized(...Operations.readRegisterImports)
  @Query(() => RegisterImport, { nullable: true, description: "One import run; null when there is none." })
  registerImport(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Global id of the run." }) id: string) {
    return findRegisterImport(ctx as ActingScope, idOf("RegisterImport", id));
  }

  @Authorized(...Operations.manageRegister)
  @Mutation(() => RegisterImportPayload, {
    description: "Applies an uploaded file after its dry run (the portal's «Aplicar»): queues the apply for the server's import worker. Asking again for the same dry run returns the apply already started.",
  })
  applyRegisterImport(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Global id of the finished dry run." }) id: string) {
    return asPayload({}, () => applyRegisterImport(ctx as ActingScope, idOf("RegisterImport", id)));
  }

  @FieldResolver(() => RegisterImportIssuePage, { description: "The run's report: warnings and rejections, in file order." })
  issues(@Root() row: { id: number }, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return registerImportIssues(ctx as ActingScope, row.id, page);
  }

  @FieldResolver(() => Float, { nullable: true, description: "Rows per second of the run's current (or last) stretch of work; null before its first batch." })
  rowsPerSecond(@Root() row: RunRow, @Ctx() ctx: Context) {
    return registerImportPace(row, ctx.clock.now()).rowsPerSecond;
  }

  @FieldResolver(() => Int, { nullable: true, description: "Seconds left at the current pace (RUNNING only)." })
  etaSeconds(@Root() row: RunRow, @Ctx() ctx: Context) {
    return registerImportPace(row, ctx.clock.now()).etaSeconds;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The dry run this apply was started from (uploads)." })
  dryRunId(@Root() row: RunRow) {
    return row.dryRunId === null ? null : registerImportApiId(row.dryRunId);
  }

  @FieldResolver(() => Boolean, { description: "Whether the file was uploaded through the portal (kept by the server, so its dry run can be applied from there)." })
  uploaded(@Root() row: RunRow) {
    return row.storedFile !== null;
  }
}
