// The money side of the counter in Chromium: a verification found the meter over-registering → the front desk prices
// and requests the adjustment (amount shown before sending) → the head authorizes it in the bandeja → the credit is in
// the ledger and the balance lower → a METER_REPLACEMENT order waits for REGISTRY. Then the cashier records a payment
// and prints its receipt.
import { describe, expect, it } from "vitest";
import { usePortalServer } from "../support/e2e-portal.ts";
import { graphqlOverHttp } from "../support/server-process.ts";
import { DEMO_PASSWORD } from "../support/portal-page.ts";

const e2e = usePortalServer("money");
const { portal, scenario } = e2e;

async function apiAs(username: string) {
  const login = await graphqlOverHttp(e2e.server.apiUrl, `mutation($i: LoginInput!) { login(input: $i) { token userErrors { message } } }`, { i: { username, password: DEMO_PASSWORD } });
  const token = login.body.data?.login.token as string;
  if (!token) throw new Error(`login ${username}: ${JSON.stringify(login.body)}`);
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await graphqlOverHttp(e2e.server.apiUrl, query, variables, token);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}

const ACCOUNT = `query($cn: String!) { serviceConnection(controlNumber: $cn) { id controlNumber balance consumption(periods: 12) { period consumptionM3 } openComplaints { id } } }`;

describe("money at the counter", () => {
  it("should take an over-registering verification to an authorized adjustment, a credit and a meter replacement for REGISTRY; and a payment with its receipt", async () => {
    const frontDeskApi = await apiAs("front_desk");
    // a domestic account whose last bill is well above the minimum, with no complaint open
    let account: { id: string; controlNumber: string; balance: string; consumption: { period: string; consumptionM3: string }[] } | null = null;
    for (let n = 100002; n < 100080 && !account; n++) {
      const c = (await frontDeskApi(ACCOUNT, { cn: String(n) })).serviceConnection;
      if (c && !c.openComplaints.length && Number(c.consumption.at(-1)?.consumptionM3 ?? 0) >= 20) account = c;
    }
    expect(account).not.toBeNull();
    const { id: connectionId, controlNumber } = account!;
    const lastPeriod = account!.consumption.at(-1)!.period;

    // the complaint and the verifier's result, through the API (the portal screens for these are covered elsewhere)
    const filed = await frontDeskApi(
      `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { workOrder { id assignee { username } } userErrors { message } } }`,
      { i: { connectionId, kind: "COMPLAINT", category: "EXCESS_CONSUMPTION", channel: "IN_PERSON", description: "El recibo llegó muy alto; en casa viven dos personas" } },
    );
    const order = filed.fileComplaint.workOrder;
    const verifierApi = await apiAs(order.assignee.username);
    const completed = await verifierApi(
      `mutation($i: CompleteVerificationInput!) { completeVerification(input: $i) { workOrder { status } userErrors { message } } }`,
      { i: { workOrderId: order.id, outcome: "METER_OVER_REGISTERING", excessM3: "6", notes: "El medidor gira sin consumo" } },
    );
    expect(completed.completeVerification.workOrder.status).toBe("COMPLETED");

    const frontDesk = await portal("dinero-ventanilla");
    await scenario(frontDesk, async () => {
      await frontDesk.login("front_desk");
      await frontDesk.open(`/tomas/${controlNumber}`);
      await frontDesk.page.getByTestId("consumption-chart").waitFor();
      expect(await frontDesk.page.locator("[data-testid=consumption-chart] rect").count()).toBe(account!.consumption.length);
      await frontDesk.page.getByTestId("meter-adjustment").waitFor();
      await frontDesk.screenshot("ficha-consumo-y-ajuste");

      await frontDesk.page.getByRole("link", { name: "Solicitar ajuste" }).click();
      await frontDesk.page.getByRole("heading", { name: "Solicitar ajuste por medidor" }).waitFor();
      await frontDesk.page.waitForLoadState("networkidle");
      expect(await frontDesk.page.getByTestId("verified-m3").innerText()).toContain("6.00 m³");
      await frontDesk.page.getByLabel("Periodo facturado").selectOption(lastPeriod);
      await frontDesk.page.getByLabel("m³ a ajustar").fill("6");
      await frontDesk.page.getByLabel("Motivo").fill("La verificación encontró el medidor registrando de más");
      await frontDesk.page.getByRole("button", { name: "Calcular importe" }).click();
      await frontDesk.page.getByTestId("adjustment-quote").waitFor();
      const shown = await frontDesk.page.getByTestId("quote-amount").innerText();
      expect(shown).toMatch(/^\$\d{1,3}(,\d{3})*\.\d{2}$/);
      await frontDesk.screenshot("ajuste-importe-calculado");
      await frontDesk.page.getByRole("button", { name: "Solicitar ajuste" }).click();
      await frontDesk.page.waitForURL(new RegExp(`/tomas/${controlNumber}$`));
      await frontDesk.page.getByText("Ajuste solicitado: queda").waitFor();
      await frontDesk.screenshot("ajuste-solicitado");

      // the holder is also a pensioner: the social discount, requested from the ficha
      await frontDesk.page.getByRole("link", { name: "Solicitar descuento social" }).click();
      await frontDesk.page.getByRole("heading", { name: "Solicitar descuento social" }).waitFor();
      await frontDesk.page.waitForLoadState("networkidle");
      await frontDesk.page.getByLabel("Beneficiario").selectOption("PENSIONER");
      await frontDesk.page.getByLabel(/Clave de pensionado/).fill("IMSS-4471209");
      await frontDesk.page.getByLabel("Documento presentado").fill("Credencial de pensionado del IMSS vigente a nombre del titular");
      await frontDesk.screenshot("descuento-social");
      await frontDesk.page.getByRole("button", { name: "Solicitar descuento social" }).click();
      await frontDesk.page.waitForURL(new RegExp(`/tomas/${controlNumber}$`));
      await frontDesk.page.getByText("Descuento social solicitado: queda").waitFor();
      expect(await frontDesk.page.getByTestId("social-discount").innerText()).toContain("Por autorizar");

      const head = await portal("dinero-jefatura");
      await scenario(head, async () => {
        await head.login("head");
        await head.page.getByRole("link", { name: "Autorizaciones" }).click();
        await head.page.getByRole("heading", { name: "Bandeja de autorizaciones" }).waitFor();
        const card = head.page.getByTestId("pending-discount").filter({ hasText: controlNumber }).filter({ hasText: "Ajuste por medidor" });
        expect(await head.page.getByTestId("pending-discount").filter({ hasText: controlNumber }).filter({ hasText: "Pensionado" }).count()).toBe(1);
        expect(await card.getByTestId("pending-amount").innerText()).toBe(shown);
        await head.screenshot("bandeja-autorizaciones");
        await card.getByLabel("Motivo de la decisión").fill("Verificación concluyente");
        await card.getByRole("button", { name: "Autorizar" }).click();
        await head.page.getByText("Descuento autorizado y aplicado").waitFor();
        await head.screenshot("ajuste-autorizado");
      });

      // the credit is in the ledger and the balance is lower by the amount shown
      const after = (await frontDeskApi(`query($cn: String!) { serviceConnection(controlNumber: $cn) { balance ledger(first: 1) { nodes { kind amount } } } }`, { cn: controlNumber })).serviceConnection;
      const amount = shown.replace(/[$,]/g, "");
      expect(after.ledger.nodes[0]).toEqual({ kind: "CREDIT", amount });
      expect(Number(after.balance)).toBeCloseTo(Number(account!.balance) - Number(amount), 2);
      await frontDesk.open(`/tomas/${controlNumber}`);
      await frontDesk.screenshot("ficha-tras-ajuste");

      // REGISTRY has the meter replacement
      const registryApi = await apiAs("registry");
      const replacements = await registryApi(`{ workOrders(first: 20, filter: { type: METER_REPLACEMENT, open: true }) { nodes { department connection { controlNumber } } } }`);
      expect(replacements.workOrders.nodes).toContainEqual({ department: "REGISTRY", connection: { controlNumber } });
    });

    const cashier = await portal("dinero-caja");
    await scenario(cashier, async () => {
      await cashier.login("cashier");
      await cashier.page.getByRole("link", { name: "Caja" }).click();
      await cashier.page.getByLabel("Número de control de la toma").fill(controlNumber);
      await cashier.page.getByRole("button", { name: "Buscar" }).click();
      await cashier.page.getByTestId("cash-balance").waitFor();
      await cashier.page.waitForLoadState("networkidle");
      // a credit reads "$… a favor", never with a minus sign, and the cashier is told nothing is owed
      const balance = await cashier.page.getByTestId("cash-balance").innerText();
      expect(balance).not.toMatch(/^[-−]/);
      expect(await cashier.page.getByTestId("no-debt").count()).toBe(/a favor|^\$0\.00$/.test(balance) ? 1 : 0);
      await cashier.page.getByLabel("Importe recibido (MXN)").fill("250.00");
      await cashier.page.getByLabel("Forma de pago").selectOption("CARD");
      await cashier.screenshot("caja-cobro");
      await cashier.page.getByRole("button", { name: "Registrar pago" }).click();
      await cashier.page.waitForURL(/\/caja\/recibo\/[A-Za-z0-9_-]+$/);
      expect(await cashier.page.getByTestId("receipt-amount").innerText()).toBe("$250.00");
      expect(await cashier.page.getByTestId("receipt").innerText()).toContain(controlNumber);
      // what was paid, and the balance before and after it (a credit reads "a favor", never with a minus sign)
      expect(await cashier.page.getByTestId("receipt-concept").innerText()).toBe(`Abono a la cuenta de la toma ${controlNumber}`);
      const pesos = (text: string) => {
        expect(text).toMatch(/^\$[\d,]+\.\d{2}( a favor)?$/);
        const value = Number(text.replace(/[$,]|a favor/g, ""));
        return text.endsWith("a favor") ? -value : value;
      };
      const before = pesos(await cashier.page.getByTestId("receipt-balance-before").innerText());
      const after = pesos(await cashier.page.getByTestId("receipt-balance-after").innerText());
      expect(Math.round((before - after) * 100)).toBe(25_000);
      await cashier.page.getByRole("button", { name: "Imprimir" }).waitFor();
      await cashier.screenshot("recibo");
      // the printed page: no navigation chrome, no buttons
      await cashier.page.emulateMedia({ media: "print" });
      expect(await cashier.page.locator(".site-header").isVisible()).toBe(false);
      expect(await cashier.page.getByRole("button", { name: "Imprimir" }).isVisible()).toBe(false);
      await cashier.screenshot("recibo-impreso");
    });
  });
});
