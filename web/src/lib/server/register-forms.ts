// Reading the register's forms: the fields of a customer, as the API's UserFieldsInput takes them.
import type { DiscountCredentialType } from "$lib/graphql/generated/graphql";
import { DISCOUNT_CREDENTIAL_TYPES } from "$lib/labels";
import { oneOf, text } from "./form";

export const USER_FIELDS = ["fullName", "curp", "phone", "email", "postalAddress", "discountCredentialType", "discountCredential"] as const;
const CREDENTIAL_TYPES = Object.keys(DISCOUNT_CREDENTIAL_TYPES) as DiscountCredentialType[];

/** The form's values (to show again on error) and the API input (empty optional fields sent as "" clear them). */
export function userFieldsFrom(form: FormData) {
  const values = Object.fromEntries(USER_FIELDS.map((f) => [f, text(form, f)])) as Record<(typeof USER_FIELDS)[number], string>;
  const { discountCredentialType, ...rest } = values;
  return { values, input: { ...rest, discountCredentialType: oneOf(discountCredentialType, CREDENTIAL_TYPES) } };
}
