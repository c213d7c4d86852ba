// Spanish (es-MX) names of the money side: payment methods, discounts, credentials, discount actions. Shared by
// server messages and the portal (`$shared/money-labels`). Keep it free of runtime imports.
import type { DiscountCredentialType, DiscountKind, DiscountStatus, LedgerKind, PaymentMethod } from "../generated/prisma/enums.ts";

export const PAYMENT_METHODS: Record<PaymentMethod, string> = {
  CASH: "Efectivo",
  CARD: "Tarjeta",
  TRANSFER: "Transferencia",
  CHECK: "Cheque",
};

export const LEDGER_KINDS: Record<LedgerKind, string> = {
  CHARGE: "Cargo",
  PAYMENT: "Pago",
  CREDIT: "Bonificación",
};

export const DISCOUNT_KINDS: Record<DiscountKind, string> = {
  SOCIAL: "Descuento social",
  METER_ADJUSTMENT: "Ajuste por medidor",
};

export const DISCOUNT_STATUSES: Record<DiscountStatus, string> = {
  REQUESTED: "Por autorizar",
  AUTHORIZED: "Autorizado",
  APPLIED: "Aplicado",
  REJECTED: "Rechazado",
};

export const CREDENTIAL_TYPES: Record<DiscountCredentialType, string> = {
  PENSIONER: "Pensionado",
  RETIREE: "Jubilado",
  EMPLOYEE: "Empleado",
};

export const DISCOUNT_ACTIONS = { authorize: "Autorizar", reject: "Rechazar" } as const;
