// Input constraints with Spanish messages, for staff to read (class-validator's own messages are English).
import { Length, Max, MaxLength, Min, ValidateBy, validate, type ValidationError } from "class-validator";
import { DomainError } from "./errors.ts";
import { fitsColumn, largestIn, type DecimalColumn } from "./decimal-columns.ts";

export const MaxText = (max: number) => MaxLength(max, { message: `Admite hasta ${max.toLocaleString("es-MX")} caracteres` });
export const RequiredText = (max: number) => Length(1, max, { message: `Es obligatorio y admite hasta ${max.toLocaleString("es-MX")} caracteres` });
export const AtLeast = (min: number) => Min(min, { message: `Debe ser al menos ${min}` });
export const AtMost = (max: number) => Max(max, { message: `Debe ser como mucho ${max}` });

/** A Decimal input stored in `column` (shared/decimal-columns.ts): refused when the column could not hold it. */
export const FitsColumn = (column: DecimalColumn) =>
  ValidateBy({
    name: "fitsColumn",
    validator: {
      validate: (value: unknown) => typeof value !== "string" || fitsColumn(value, column),
      defaultMessage: () => `Admite como máximo ${Number(largestIn(column)).toLocaleString("es-MX", { maximumFractionDigits: column.scale })} con hasta ${column.scale} decimales`,
    },
  });

export const VALIDATION_OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false };

/** The first constraint failure of each property, as DomainErrors naming the field. */
export function validationFailures(errors: ValidationError[], prefix = ""): DomainError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const message = Object.values(e.constraints ?? {})[0];
    return [...(message ? [new DomainError("BAD_USER_INPUT", message, field)] : []), ...validationFailures(e.children ?? [], field)];
  });
}

/** Validates a mutation's input object; the failures become the payload's userErrors. */
export async function validateInput(input: object): Promise<DomainError[]> {
  return validationFailures(await validate(input, VALIDATION_OPTIONS));
}
