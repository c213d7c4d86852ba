import type { ActingScope } from "../../context.ts";
import { registerImportScope } from "../../auth/policies.ts";
import { paginateModel, type PageArgs } from "../../shared/pagination.ts";

/** Import runs, newest first. */
export function listRegisterImports(scope: ActingScope, page: PageArgs) {
  return paginateModel(scope.db.registerImport, registerImportScope(scope.actor), page, "desc");
}

export function findRegisterImport(scope: ActingScope, id: number) {
  return scope.db.registerImport.findFirst({ where: { AND: [registerImportScope(scope.actor), { id }] } });
}

/** A run's report lines in file order. */
export function registerImportIssues(scope: ActingScope, importId: number, page: PageArgs) {
  return paginateModel(scope.db.registerImportIssue, { importId, import: registerImportScope(scope.actor) }, page, "asc");
}
