import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Role } from "../../generated/prisma/enums.ts";
import { MaxText, RequiredText } from "../../shared/validation.ts";
import { PASSWORD_MAX_LENGTH } from "../../shared/password-rules.ts";
import { UserError } from "../../graphql/user-error.ts";
import { Staff } from "./staff.type.ts";

@InputType({ description: "A new staff account." })
export class CreateStaffInput {
  @Field(() => String, { description: "Login name: lower-case letters, digits, dot or underscore (3–40), starting with a letter." })
  @RequiredText(40)
  username: string;

  @Field(() => String, { description: "Full name as it appears on orders and documents." })
  @RequiredText(200)
  fullName: string;

  @Field(() => [Role], { description: "The roles (puestos) of the account; at least one." })
  roles: Role[];
}

@InputType({ description: "The roles an account holds from now on." })
export class UpdateStaffRolesInput {
  @Field(() => ID, { description: "The staff member's id." })
  id: string;

  @Field(() => [Role], { description: "The new roles; at least one." })
  roles: Role[];
}

@InputType({ description: "An account to act on." })
export class StaffIdInput {
  @Field(() => ID, { description: "The staff member's id." })
  id: string;
}

@InputType({ description: "The caller's own password change." })
export class ChangeOwnPasswordInput {
  @Field(() => String, { description: "The current (or temporary) password." })
  @RequiredText(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field(() => String, { description: "The new password (see the rule in the error message when refused)." })
  @RequiredText(PASSWORD_MAX_LENGTH)
  newPassword: string;
}

@InputType({ description: "Filters for the staff list." })
export class StaffFilter {
  @Field(() => String, { nullable: true, description: "Username or name contains this text." })
  @MaxText(100)
  search?: string;

  @Field(() => Role, { nullable: true, description: "Holds this role." })
  role?: Role;

  @Field(() => Boolean, { nullable: true, description: "Only active (true) or inactive (false) accounts." })
  active?: boolean;
}

@ObjectType({ description: "The account after the change." })
export class StaffPayload {
  @Field(() => Staff, { nullable: true, description: "The account, when the change was made." })
  staff?: Staff;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}

@ObjectType({ description: "The account and its one-time temporary password (shown only in this response; it must be changed at the first login)." })
export class StaffWithPasswordPayload {
  @Field(() => Staff, { nullable: true, description: "The account, when the change was made." })
  staff?: Staff;

  @Field(() => String, { nullable: true, description: "The temporary password: hand it over in person; it is not stored and cannot be shown again." })
  temporaryPassword?: string;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}
