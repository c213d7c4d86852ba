import { Field, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "../../shared/pagination.ts";
import { Node } from "../../graphql/node.ts";
import { UserError } from "../../graphql/user-error.ts";

@ObjectType({ simpleResolvers: true, description: "A warning or a reason for rejection of one row of a register import." })
export class RegisterImportIssue {
  @Field(() => Int, { description: "Data row of the file (1 = the first row after the headers)." })
  rowNumber: number;

  @Field(() => String, { description: "WARNING (row accepted) or ERROR (row rejected)." })
  severity: string;

  @Field(() => String, { nullable: true, description: "The column or field at fault." })
  field: string | null;

  @Field(() => String, { description: "What is wrong, in Spanish." })
  message: string;
}

@ObjectType({ description: "A page of report lines." })
export class RegisterImportIssuePage extends Connection(RegisterImportIssue, "RegisterImportIssue") {}

@ObjectType({ implements: Node, simpleResolvers: true, description: "One run of the register import (npm run import, or a file uploaded through the portal): a dry run or an apply, with its progress." })
export class RegisterImport extends Node {
  @Field(() => String, { description: "The file's name." })
  fileName: string;

  @Field(() => Boolean, { description: "false: dry run (nothing written); true: applied." })
  apply: boolean;

  @Field(() => String, { description: "QUEUED (waiting for the server's import worker), RUNNING (a run of the CLI that stopped continues when the same file is run again; an uploaded one, by itself), DONE or FAILED (see error)." })
  status: string;

  @Field(() => String, { description: "csv or xlsx." })
  format: string;

  @Field(() => String, { nullable: true, description: "Why the run failed (FAILED)." })
  error: string | null;


  @Field(() => Int, { nullable: true, description: "Data rows in the file." })
  totalRows: number | null;

  @Field(() => Int, { description: "Data rows done." })
  checkpointRow: number;

  @Field(() => Int, { description: "Rows accepted without warnings." })
  accepted: number;

  @Field(() => Int, { description: "Rows accepted with warnings." })
  warnings: number;

  @Field(() => Int, { description: "Rows rejected." })
  rejected: number;

  @Field(() => Int, { description: "Connections created (apply)." })
  created: number;

  @Field(() => Int, { description: "Connections updated where the file differed (apply)." })
  updated: number;

  @Field(() => Int, { description: "Known connections the file left as they were (apply)." })
  unchanged: number;

  @Field(() => Date, { description: "When the run started." })
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: "When it finished." })
  finishedAt: Date | null;
}

@ObjectType({ description: "A page of import runs." })
export class RegisterImportPage extends Connection(RegisterImport, "RegisterImport") {}

@ObjectType({ description: "The outcome of applyRegisterImport." })
export class RegisterImportPayload {
  @Field(() => RegisterImport, { nullable: true, description: "The apply run (queued, running or done)." })
  registerImport?: RegisterImport;

  @Field(() => [UserError], { description: "Why nothing was started." })
  userErrors: UserError[];
}
