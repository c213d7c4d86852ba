import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { idOf } from "../../shared/global-id.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { PageArgs } from "../../shared/pagination.ts";
import { RegisterImport, RegisterImportIssuePage, RegisterImportPage } from "./import.type.ts";
import { findRegisterImport, listRegisterImports, registerImportIssues } from "./import.service.ts";

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

  @FieldResolver(() => RegisterImportIssuePage, { description: "The run's report: warnings and rejections, in file order." })
  issues(@Root() row: { id: number }, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs) {
    return registerImportIssues(ctx as ActingScope, row.id, page);
  }
}
