// Work orders through the built portal in Chromium: a limited and paid connection reconnected (workflow 2), a leak
// report forwarded by the registry and attended by follow-up on a phone (workflow 3), and a verification that finds
// an external leak (workflow 1's end).
import { describe, expect, it } from "vitest";
import { usePortalServer } from "../support/e2e-portal.ts";
import { graphqlOverHttp } from "../support/server-process.ts";
import { DEMO_PASSWORD } from "../support/portal-page.ts";

const e2e = usePortalServer("orders");
const { portal, scenario } = e2e;

/** The API as a demo staff member (test set-up only; every step staff take goes through the portal). */
async function apiAs(username: string) {
  const login = await graphqlOverHttp(e2e.server.apiUrl, "mutation($i: LoginInput!) { login(input: $i) { token } }", { i: { username, password: DEMO_PASSWORD } });
  const token = login.body.data.login.token as string;
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await graphqlOverHttp(e2e.server.apiUrl, query, variables, token);
    expect(result.body.errors).toBeUndefined();
    return result.body.data;
  };
}

const LIMITED = `{ serviceConnections(first: 100, filter: { status: LIMITED }) { nodes { id controlNumber balance openWorkOrders { type } } } }`;

describe("work orders in the portal", () => {
  it("should reconnect a limited connection whose account is current, and refuse one that owes", async () => {
    const api = await apiAs("front_desk");
    const limited = (await api(LIMITED)).serviceConnections.nodes as { controlNumber: string; balance: string; openWorkOrders: { type: string }[] }[];
    const paid = limited.find((c) => Number(c.balance) <= 0 && !c.openWorkOrders.some((o) => o.type === "RECONNECTION"));
    const owes = limited.find((c) => Number(c.balance) > 0);
    expect(paid, "the demo has limited connections that paid everything").toBeDefined();
    expect(owes).toBeDefined();

    const desk = await portal("orden-reconexion");
    await scenario(desk, async () => {
      await desk.login("front_desk");
      await desk.open(`/tomas/${owes!.controlNumber}`);
      // the clerk is told before asking; the API still decides
      expect(await desk.page.getByTestId("reconnection-owed").innerText()).toMatch(/^Adeuda \$[\d,]+\.\d{2}: el usuario debe pagar en Caja/);
      await desk.page.getByRole("button", { name: "Solicitar reconexión" }).click();
      const refusal = await desk.page.getByTestId("reconnection-error").innerText();
      expect(refusal).toMatch(/adeuda \$[\d,]+\.\d{2}/);
      await desk.screenshot("rechazada-por-adeudo");

      await desk.open(`/tomas/${paid!.controlNumber}`);
      expect(await desk.page.getByTestId("reconnection-owed").count()).toBe(0);
      await desk.screenshot("ficha-limitada");
      await desk.page.getByRole("button", { name: "Solicitar reconexión" }).click();
      await desk.page.waitForURL(/\/ordenes\/[^/]+$/);
      expect(await desk.page.getByTestId("flash").innerText()).toMatch(/orden OR-\d{4}-\d{6} emitida/);
      const order = await desk.mainText();
      expect(order).toContain("Reinstalación de servicio");
      expect(order).toContain(paid!.controlNumber);
      await desk.screenshot("orden-emitida");
      // printed, it is a field document: letterhead, folio, task, blanks for the result and the time, signatures;
      // no breadcrumbs, flash, buttons or action forms
      await desk.page.emulateMedia({ media: "print" });
      const letterhead = desk.page.getByTestId("print-letterhead");
      expect(await letterhead.isVisible()).toBe(true);
      expect(await letterhead.innerText()).toMatch(/Junta Municipal de Agua Potable[\s\S]*Orden de reconexión OR-\d{4}-\d{6}/i);
      const sheet = desk.page.getByTestId("order-print-sheet");
      expect(await sheet.isVisible()).toBe(true);
      const paper = await sheet.innerText();
      for (const blank of ["Qué hacer", "Resultado en campo", "Fecha de ejecución", "Hora de término", "Ejecutó", "Usuario o quien atendió en el domicilio"]) expect(paper).toContain(blank);
      expect(await desk.page.getByTestId("flash").isVisible()).toBe(false);
      expect(await desk.page.locator(".eyebrow").isVisible()).toBe(false);
      expect(await desk.page.getByRole("button", { name: "Imprimir" }).isVisible()).toBe(false);
      expect(await desk.page.getByRole("heading", { name: "Acciones" }).isVisible()).toBe(false);
      await desk.screenshot("orden-impresa");
      await desk.page.emulateMedia({ media: "screen" });
    });
    const orderPath = new URL(desk.page.url()).pathname;

    const crew = await portal("orden-reconexion-cobranza");
    await scenario(crew, async () => {
      await crew.login("collections");
      await crew.open(orderPath);
      await crew.page.getByLabel("Notas").fill("Se retiró el limitador; servicio restablecido");
      await crew.screenshot("resultado");
      await crew.page.getByRole("button", { name: "Registrar resultado" }).click();
      await crew.page.getByTestId("flash").waitFor();
      expect(await crew.page.getByTestId("order-status").innerText()).toBe("Solventada");
    });

    await scenario(desk, async () => {
      await desk.open(`/tomas/${paid!.controlNumber}`);
      const ficha = await desk.mainText();
      expect(ficha).toContain("Activa");
      expect(ficha).toContain("Se retiró el limitador");
      expect(ficha).toContain("Martín Alberto Urías Verdugo");
      expect(await desk.page.getByRole("button", { name: "Solicitar reconexión" }).count()).toBe(0);
      await desk.screenshot("ficha-activa");
    });
  }, 240_000);

  it("should take a leak reported at a street corner through the registry's queue to follow-up's result on a phone", async () => {
    const api = await apiAs("front_desk");
    const desk = await portal("fuga-mostrador");
    let folio = "";
    let complaintPath = "";
    const report = async (description: string) => {
      await desk.open("/");
      await desk.page.getByRole("link", { name: "Reportar fuga sin toma" }).click();
      await desk.page.getByLabel("Ubicación").fill("Esquina de Hidalgo y Morelos");
      await desk.page.getByLabel("Calle").fill("Callejón del Aguaje");
      await desk.page.getByLabel("Localidad").selectOption({ label: "Alhuey" });
      await desk.page.getByLabel("Lo que reporta").fill(description);
    };
    await scenario(desk, async () => {
      await desk.login("front_desk");
      await report("Brota agua en la banqueta desde anoche");
      await desk.screenshot("formulario");
      await desk.page.getByRole("button", { name: "Registrar reporte" }).click();
      await desk.page.waitForURL(/registrada=1/);
      folio = await desk.page.getByTestId("complaint-folio").innerText();
      complaintPath = new URL(desk.page.url()).pathname;

      // a neighbour calls about the same leak: the counter links it instead of duplicating
      await report("Otra vez la fuga de la esquina");
      await desk.page.getByRole("button", { name: "Registrar reporte" }).click();
      await desk.page.getByTestId("nearby-leaks").waitFor();
      await desk.screenshot("misma-fuga");
      await desk.page.getByRole("button", { name: `Vincular a ${folio}` }).click();
      await desk.page.waitForURL(/registrada=1/);
      const linked = await desk.mainText();
      expect(linked).toContain("Mismo reporte que");
      expect(linked).toContain(folio);
      expect(linked).toContain("Cerrada");
    });
    const complaintId = complaintPath.split("/").at(-1)!;

    const registry = await portal("fuga-padron");
    await scenario(registry, async () => {
      await registry.login("registry");
      await registry.page.getByRole("link", { name: "Cola de padrón" }).click();
      await registry.page.getByRole("heading", { name: "Cola de padrón" }).waitFor();
      const card = registry.page.getByTestId("leak-card").filter({ hasText: folio });
      await card.getByLabel("Indicaciones para la cuadrilla").fill("Llevar llave de paso de 2 pulgadas");
      await registry.screenshot("cola");
      await card.getByRole("button", { name: "Turnar a seguimiento" }).click();
      await registry.page.waitForURL(/\/padron\/cola$/);
      expect(await registry.page.getByTestId("flash").innerText()).toMatch(/orden OF-\d{4}-\d{6}/);
      expect(await registry.page.getByTestId("leak-card").filter({ hasText: folio }).count()).toBe(0);
    });

    const field = await portal("fuga-seguimiento-390", 390);
    await scenario(field, async () => {
      await field.login("follow_up");
      await field.open("/seguimiento");
      const card = field.page.getByTestId("order-card").filter({ hasText: "Esquina de Hidalgo y Morelos" }).first();
      await card.waitFor();
      await field.screenshot("seguimiento");
      expect(await field.page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
      await card.getByRole("link", { name: "Registrar resultado" }).click();
      await field.page.getByLabel("Lo que se encontró y se hizo").fill("Se cambió el tramo de tubería dañado frente a la esquina");
      await field.screenshot("resultado");
      expect(await field.page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
      await field.page.getByRole("button", { name: "Registrar resultado" }).click();
      await field.page.getByTestId("flash").waitFor();
      expect(await field.page.getByTestId("order-status").innerText()).toBe("Solventada");
    });

    const complaint = await api(`query($id: ID!) { node(id: $id) { ... on Complaint { status resolution } } }`, { id: complaintId });
    expect(complaint.node).toEqual({ status: "RESOLVED", resolution: "Se cambió el tramo de tubería dañado frente a la esquina" });
  }, 240_000);

  it("should issue the leak repair at once when the verifier finds an external leak, and show the complaint's next step", async () => {
    const api = await apiAs("front_desk");
    const connection = (await api(`{ serviceConnections(first: 5, filter: { status: ACTIVE }) { nodes { id controlNumber } } }`)).serviceConnections.nodes[3];
    const filed = await api(`mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { complaint { id folio } workOrder { id folio assignee { username } } } }`, {
      i: { connectionId: connection.id, kind: "COMPLAINT", category: "EXCESS_CONSUMPTION", channel: "IN_PERSON", description: "El recibo llegó al doble" },
    });
    const order = filed.fileComplaint.workOrder;

    const verifier = await portal("fuga-externa-verificador-390", 390);
    await scenario(verifier, async () => {
      await verifier.login(order.assignee.username);
      await verifier.open("/ordenes");
      await verifier.page.getByTestId("order-card").filter({ hasText: order.folio }).waitFor();
      await verifier.screenshot("mis-ordenes");
      // the count agrees with its noun: "1 orden asignada a usted", "3 órdenes asignadas a usted"
      expect(await verifier.page.locator(".result-count").innerText()).toMatch(/^(1 orden asignada|([02-9]|\d{2,}) órdenes asignadas) a usted$/);
      expect(await verifier.page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
      await verifier.open(`/ordenes/${order.id}`);
      await verifier.page.getByLabel("Fuga externa").check();
      await verifier.page.getByLabel("Notas").fill("Fuga en la conexión de la banqueta");
      await verifier.page.getByRole("button", { name: "Registrar resultado" }).click();
      await verifier.page.waitForURL(/\/ordenes$/);
      expect(await verifier.page.getByTestId("flash").innerText()).toMatch(/reparación de fuga OF-\d{4}-\d{6} a seguimiento/);
    });

    const desk = await portal("fuga-externa-queja");
    await scenario(desk, async () => {
      await desk.login("front_desk");
      await desk.open(`/quejas/${filed.fileComplaint.complaint.id}`);
      expect(await desk.page.getByTestId("verification-outcome").innerText()).toContain("Fuga externa");
      expect(await desk.page.getByTestId("next-step").innerText()).toMatch(/reparación de fuga OF-\d{4}-\d{6}/);
      await desk.screenshot("siguiente-paso");

      // the customer must bring the owner's authorization for the repair: the complaint waits on them, then resumes
      await desk.page.getByLabel("¿Qué falta del usuario? (motivo de la pausa)").fill("Traerá la autorización del propietario");
      await desk.page.getByRole("button", { name: "Pausar" }).click();
      await desk.page.getByTestId("complaint-paused").waitFor();
      expect(await desk.page.getByTestId("flash").innerText()).toBe(`${filed.fileComplaint.complaint.folio} en pausa: espera al usuario.`);
      expect(await desk.page.getByRole("button", { name: "Pausar" }).count()).toBe(0);
      await desk.screenshot("queja-en-pausa");
      await desk.page.getByRole("button", { name: "Reanudar" }).click();
      await desk.page.getByTestId("flash").filter({ hasText: "reanudada" }).waitFor();
      expect(await desk.page.getByTestId("complaint-paused").count()).toBe(0);
      expect(await desk.page.getByRole("button", { name: "Pausar" }).count()).toBe(1);
    });
  }, 240_000);
});
