import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Connection } from "../../shared/pagination.ts";
import { MaxText, RequiredText } from "../../shared/validation.ts";
import { UserError } from "../../graphql/user-error.ts";
import { API_SCOPES } from "../../auth/policies.ts";
import { Node } from "../../graphql/node.ts";

const SCOPE_LIST = Object.entries(API_SCOPES).map(([name, meaning]) => `${name}: ${meaning}`).join(" ");

@ObjectType({ simpleResolvers: true, description: "A scope a partner key may carry, and what it allows." })
export class ApiScope {
  @Field(() => String, { description: "The scope's name, e.g. complaints:write." })
  name: string;

  @Field(() => String, { description: "What it allows." })
  description: string;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: "A partner system that calls the API with its own key (never a staff role). Key secrets are never shown after creation or rotation." })
export class ApiClient extends Node {
  @Field(() => String, { description: "Unique name, e.g. linea-073." })
  name: string;

  @Field(() => String, { description: "What the system is and who answers for it." })
  description: string;

  @Field(() => String, { description: "The key's public prefix (vtk_<prefix>_…), to tell keys apart in logs." })
  keyPrefix: string;

  @Field(() => [String], { description: `Its scopes. ${SCOPE_LIST}` })
  scopes: string[];

  @Field(() => Boolean, { description: "False once revoked: no key of it works." })
  active: boolean;

  @Field(() => Date, { description: "When it was created." })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When its key was last rotated." })
  rotatedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "Until when the key replaced by the last rotation still works." })
  previousKeyExpiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When it was revoked." })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When a key of it was last used (to the minute)." })
  lastUsedAt: Date | null;
}

@ObjectType({ description: "A page of partner API clients." })
export class ApiClientPage extends Connection(ApiClient, "ApiClient") {}

@InputType({ description: "A new partner client." })
export class CreateApiClientInput {
  @Field(() => String, { description: "Unique name: lower-case letters, digits and hyphens." })
  @RequiredText(60)
  name: string;

  @Field(() => String, { nullable: true, description: "What the system is and who answers for it." })
  @MaxText(500)
  description?: string;

  @Field(() => [String], { description: `Its scopes (at least one). ${SCOPE_LIST}` })
  scopes: string[];
}

@InputType({ description: "A client's key to replace." })
export class RotateApiClientKeyInput {
  @Field(() => ID, { description: "The client." })
  id: string;

  @Field(() => Int, { nullable: true, description: "Hours the old key keeps working (0–720; 24 when omitted)." })
  graceHours?: number;
}

@InputType({ description: "A client to revoke." })
export class RevokeApiClientInput {
  @Field(() => ID, { description: "The client." })
  id: string;
}

@ObjectType({ description: "The client after the change, and its new key when one was made (shown only in this response)." })
export class ApiClientPayload {
  @Field(() => ApiClient, { nullable: true, description: "The client, when the change was made." })
  apiClient?: ApiClient;

  @Field(() => String, { nullable: true, description: "The new key: copy it now, it is stored only as a hash and cannot be shown again." })
  key?: string;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}
