// The rules of a customer's data, shared by the API (createUser, updateUser) and the register import: one source.
import type { DiscountCredentialType } from "../../generated/prisma/enums.ts";
import { badInput } from "../../shared/errors.ts";
import { curpProblem, normalizeCurp } from "../../shared/curp.ts";
import { phoneInput } from "../../shared/phone.ts";
import { normalizeForSearch } from "../../shared/text.ts";

/** Text limits shared with the portal's forms and the import. */
export const USER_LIMITS = { fullName: 200, email: 254, postalAddress: 400, discountCredential: 40 } as const;

export interface UserFieldsInput {
  fullName?: string | null;
  curp?: string | null;
  phone?: string | null;
  email?: string | null;
  postalAddress?: string | null;
  discountCredentialType?: DiscountCredentialType | null;
  discountCredential?: string | null;
}

export interface CleanUserFields {
  fullName?: string;
  searchText?: string;
  curp?: string | null;
  phone?: string | null;
  email?: string | null;
  postalAddress?: string | null;
  discountCredentialType?: DiscountCredentialType | null;
  discountCredential?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const optionalText = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);

/**
 * The stored form of the fields given (absent fields stay absent, so an update changes only what it names; empty
 * text clears an optional field). Throws BAD_USER_INPUT naming the first field at fault.
 */
export function cleanUserFields(input: UserFieldsInput, { creating }: { creating: boolean }): CleanUserFields {
  const out: CleanUserFields = {};
  if (input.fullName !== undefined || creating) {
    const fullName = (input.fullName ?? "").replace(/\s+/g, " ").trim();
    if (!fullName) throw badInput("fullName", "Escriba el nombre completo del usuario");
    if (fullName.length > USER_LIMITS.fullName) throw badInput("fullName", `El nombre admite hasta ${USER_LIMITS.fullName} caracteres`);
    out.fullName = fullName;
    out.searchText = normalizeForSearch(fullName);
  }
  if (input.curp !== undefined) {
    const curp = input.curp ? normalizeCurp(input.curp) : "";
    const problem = curp ? curpProblem(curp) : null;
    if (problem) throw badInput("curp", problem);
    out.curp = curp || null;
  }
  if (input.phone !== undefined) out.phone = phoneInput("phone", "El teléfono de contacto", input.phone);
  if (input.email !== undefined) {
    const email = optionalText(input.email)?.toLowerCase() ?? null;
    if (email && (email.length > USER_LIMITS.email || !EMAIL.test(email))) throw badInput("email", "El correo electrónico no es válido (p. ej. nombre@dominio.mx)");
    out.email = email;
  }
  if (input.postalAddress !== undefined) {
    const postalAddress = optionalText(input.postalAddress);
    if (postalAddress && postalAddress.length > USER_LIMITS.postalAddress) throw badInput("postalAddress", `El domicilio postal admite hasta ${USER_LIMITS.postalAddress} caracteres`);
    out.postalAddress = postalAddress ?? null;
  }
  if (input.discountCredentialType !== undefined || input.discountCredential !== undefined) {
    const credential = optionalText(input.discountCredential) ?? null;
    const type = input.discountCredentialType ?? null;
    if (credential && !type) throw badInput("discountCredentialType", "Indique si la credencial es de pensionado, jubilado o empleado");
    if (type && !credential) throw badInput("discountCredential", "Escriba la clave de la credencial de descuento");
    if (credential && credential.length > USER_LIMITS.discountCredential) throw badInput("discountCredential", `La clave admite hasta ${USER_LIMITS.discountCredential} caracteres`);
    out.discountCredentialType = type;
    out.discountCredential = credential;
  }
  return out;
}
