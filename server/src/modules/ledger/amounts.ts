// The bounds of amounts and volumes that enter the ledger: positive, two decimals, and no larger than any real bill
// of a municipal water utility (a typo of three extra zeros is refused, not posted).
import { Prisma } from "../../generated/prisma/client.ts";
import { badInput } from "../../shared/errors.ts";

export const MONEY_LIMITS = { maxPayment: "500000.00", maxConsumptionM3: "100000.00", referenceLength: 60 } as const;

const TWO_DECIMALS = /^\d{1,10}(\.\d{1,2})?$/;

/** A decimal text as an exact amount: positive (or ≥ 0 with `allowZero`), two decimals at most, at most `max`. */
export function boundedDecimal(value: string, field: string, max: string, options: { allowZero?: boolean; unit?: string } = {}): Prisma.Decimal {
  const unit = options.unit ?? "El importe";
  if (!TWO_DECIMALS.test(value.trim())) throw badInput(field, `${unit} debe ser un número positivo con hasta dos decimales`);
  const amount = new Prisma.Decimal(value.trim());
  if (options.allowZero ? amount.isNegative() : amount.lte(0)) throw badInput(field, `${unit} debe ser mayor que cero`);
  if (amount.gt(max)) throw badInput(field, `${unit} no puede exceder ${new Prisma.Decimal(max).toFixed(2)}`);
  return amount;
}

/** A payment's reference (receipt folio, bank reference): letters, digits and - _ / . only. */
export function paymentReference(value: string, field = "reference"): string {
  const reference = value.trim().toUpperCase();
  if (!reference) throw badInput(field, "Indique la referencia del pago (folio del recibo o referencia bancaria)");
  if (reference.length > MONEY_LIMITS.referenceLength || !/^[A-Z0-9][A-Z0-9\-_/.]*$/.test(reference)) {
    throw badInput(field, `La referencia admite letras, dígitos y - _ / . (hasta ${MONEY_LIMITS.referenceLength} caracteres)`);
  }
  return reference;
}
