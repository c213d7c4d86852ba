// Reading the register's forms: the fields of a customer, as the API's UserFieldsInput takes them.
import type { ConnectionType, DiscountCredentialType, SpecialUserKind } from "$lib/graphql/generated/graphql";
import { CONNECTION_TYPES, DISCOUNT_CREDENTIAL_TYPES, SPECIAL_USER_KINDS } from "$lib/labels";
import { oneOf, text } from "./form";

export const USER_FIELDS = ["fullName", "curp", "phone", "email", "postalAddress", "discountCredentialType", "discountCredential"] as const;
const CREDENTIAL_TYPES = Object.keys(DISCOUNT_CREDENTIAL_TYPES) as DiscountCredentialType[];

/** The form's values (to show again on error) and the API input (empty optional fields sent as "" clear them). */
export function userFieldsFrom(form: FormData) {
  const values = Object.fromEntries(USER_FIELDS.map((f) => [f, text(form, f)])) as Record<(typeof USER_FIELDS)[number], string>;
  const { discountCredentialType, ...rest } = values;
  return { values, input: { ...rest, discountCredentialType: oneOf(discountCredentialType, CREDENTIAL_TYPES) } };
}

export const CONNECTION_FIELDS = ["street", "exteriorNumber", "neighborhood", "localityId", "crewId", "type", "specialKind", "latitude", "longitude"] as const;
const TYPES = Object.keys(CONNECTION_TYPES) as ConnectionType[];
const SPECIAL = Object.keys(SPECIAL_USER_KINDS) as SpecialUserKind[];

/** A coordinate typed in a form: a number, null when empty; text that is no number becomes one the API's range rule refuses. */
const coordinate = (value: string) => {
  if (!value) return null;
  const number = Number(value.replace(",", "."));
  return Number.isFinite(number) ? number : 999;
};

/** A connection's fields from a form; empty optional ones clear (null), as the API takes them. */
export function connectionFieldsFrom(form: FormData) {
  const values = Object.fromEntries(CONNECTION_FIELDS.map((f) => [f, text(form, f)])) as Record<(typeof CONNECTION_FIELDS)[number], string>;
  const latitude = coordinate(values.latitude);
  const longitude = coordinate(values.longitude);
  return {
    values,
    input: {
      street: values.street,
      exteriorNumber: values.exteriorNumber || null,
      neighborhood: values.neighborhood || null,
      localityId: values.localityId || null,
      crewId: values.crewId || null,
      type: oneOf(values.type, TYPES) ?? "DOMESTIC",
      specialKind: oneOf(values.specialKind, SPECIAL),
      latitude,
      longitude,
    },
  };
}
