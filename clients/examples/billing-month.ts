// The utility's billing system posts a month: the billed periods (charges, priced by Ventanilla with the tariff) and
// the payments it received, from one CSV file. Safe to run again (after a crash, a timeout, a doubt): a period
// already charged and a reference already recorded post nothing and are counted as "already there".
// Needs billing:write (charges) and payments:write (payments).
//   VENTANILLA_URL=… VENTANILLA_API_KEY=… node --import tsx clients/examples/billing-month.ts clients/examples/data/billing-month.csv
//
// The file: a header line, then one line per charge or payment (fields never contain commas):
//   kind,controlNumber,period,consumptionM3,amount,method,reference
//   CHARGE,100001,2026-11,18.5,,,
//   PAYMENT,100001,,,350.50,TRANSFER,SPEI-20261130-0001
import fs from "node:fs";
import { VentanillaError } from "../typescript/src/index.ts";
import type { PaymentMethod } from "../typescript/src/generated/graphql.ts";
import { sdkFromEnv } from "./env.ts";

const file = process.argv[2];
if (!file) throw new Error("usage: billing-month.ts <file.csv>");

const sdk = sdkFromEnv();
const tally = { charges: { posted: 0, alreadyThere: 0 }, payments: { posted: 0, alreadyThere: 0 }, refused: [] as { line: number; field: string | null; code: string; message: string }[] };

const [header, ...lines] = fs.readFileSync(file, "utf8").split(/\r?\n/);
const columns = header!.split(",").map((c) => c.trim());
for (const [index, text] of lines.entries()) {
  if (!text.trim()) continue;
  const cells = text.split(",").map((c) => c.trim());
  const row = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ""]));
  const line = index + 2;
  try {
    if (row.kind === "CHARGE") {
      // idempotent (connection + period): the client retries it by itself after a network failure
      const { postCharge } = await sdk.postCharge({ input: { controlNumber: row.controlNumber, period: row.period!, consumptionM3: row.consumptionM3! } });
      if (postCharge.userErrors.length) tally.refused.push(...postCharge.userErrors.map((e) => ({ line, field: e.field ?? null, code: e.code, message: e.message })));
      else if (postCharge.replayed) tally.charges.alreadyThere++;
      else tally.charges.posted++;
    } else if (row.kind === "PAYMENT") {
      // idempotent (reference): the same receipt twice records it once
      const { recordPayment } = await sdk.recordPayment({
        input: { controlNumber: row.controlNumber, amount: row.amount!, method: row.method as PaymentMethod, reference: row.reference! },
      });
      if (recordPayment.userErrors.length) tally.refused.push(...recordPayment.userErrors.map((e) => ({ line, field: e.field ?? null, code: e.code, message: e.message })));
      else if (recordPayment.replayed) tally.payments.alreadyThere++;
      else tally.payments.posted++;
    } else {
      tally.refused.push({ line, field: "kind", code: "BAD_USER_INPUT", message: `kind is CHARGE or PAYMENT, not ${row.kind}` });
    }
  } catch (error) {
    // an answer with errors (e.g. RATE_LIMITED, FORBIDDEN for a missing scope): stop and say where, run again later
    if (error instanceof VentanillaError) {
      console.error(`line ${line}: ${error.codes.join(", ")} ${error.message}${error.retryAfterSeconds ? ` (retry after ${error.retryAfterSeconds} s)` : ""}`);
      process.exitCode = 1;
      break;
    }
    throw error;
  }
}
console.log(JSON.stringify(tally));
