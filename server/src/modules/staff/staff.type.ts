import { Field, ObjectType } from "type-graphql";
import { Connection } from "../../shared/pagination.ts";
import { Role } from "../../generated/prisma/enums.ts";
import { FieldReaders } from "../../auth/policies.ts";
import { RestrictedField } from "../../graphql/restricted-field.ts";
import { Node } from "../../graphql/node.ts";

@ObjectType({ implements: Node, simpleResolvers: true, description: "A staff member who logs in to Ventanilla (not a customer)." })
export class Staff extends Node {
  @Field(() => String, { description: "Login name." })
  username: string;

  @Field(() => String, { description: "Full name, as shown on orders and history." })
  fullName: string;

  @Field(() => Boolean, { description: "Inactive accounts cannot log in." })
  active: boolean;

  @RestrictedField(FieldReaders.staffAdministration, () => [Role], "The staff member's roles.")
  roles: Role[];

  @RestrictedField(FieldReaders.staffAdministration, () => Date, "When the staff member last logged in.")
  lastLoginAt: Date | null;

  @RestrictedField(FieldReaders.staffAdministration, () => Boolean, "The account holds a temporary password: it must be changed before anything else.")
  mustChangePassword: boolean;

  @RestrictedField(FieldReaders.staffAdministration, () => Date, "When the account was created.")
  createdAt: Date;

  @RestrictedField(FieldReaders.staffAdministration, () => Date, "When the account was deactivated (null while active).")
  deactivatedAt: Date | null;
}

@ObjectType({ description: "A page of staff accounts." })
export class StaffPage extends Connection(Staff, "Staff") {}
