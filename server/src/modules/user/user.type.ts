import { Field, ObjectType } from "type-graphql";
import { DiscountCredentialType } from "../../generated/prisma/enums.ts";
import { FieldReaders } from "../../auth/policies.ts";
import { RestrictedField } from "../../graphql/restricted-field.ts";
import { Node } from "../../graphql/node.ts";
import { registerEnumType } from "type-graphql";

registerEnumType(DiscountCredentialType, { name: "DiscountCredentialType", description: "Pensioner, retiree or employee key (social discounts)." });

@ObjectType({ implements: Node, simpleResolvers: true, description: "A water-service customer (usuario). Not a login." })
export class User extends Node {
  @Field(() => String, { description: "Full name as registered (nombre del usuario)." })
  fullName: string;

  @RestrictedField(FieldReaders.userIdentity, () => String, "CURP (Clave Única de Registro de Población).")
  curp: string | null;

  @RestrictedField(FieldReaders.userPhone, () => String, "Contact phone, 10 digits.")
  phone: string | null;

  @RestrictedField(FieldReaders.userIdentity, () => String, "Contact e-mail.")
  email: string | null;

  @RestrictedField(FieldReaders.discountCredential, () => DiscountCredentialType, "Kind of social-discount credential.")
  discountCredentialType: DiscountCredentialType | null;

  @RestrictedField(FieldReaders.discountCredential, () => String, "Pensioner/retiree key or employee number.")
  discountCredential: string | null;

  @RestrictedField(FieldReaders.userIdentity, () => String, "Postal address (where mail reaches the customer).")
  postalAddress: string | null;

  @Field(() => Date, { nullable: true, description: "When this record was merged into another as a duplicate (see mergedInto)." })
  mergedAt: Date | null;
}
