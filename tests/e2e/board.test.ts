// The head's tablero (charts drawn by Chart.js, every chart's numbers in a table equal to the API's, each list as a
// CSV for Excel) and the work inbox (bandeja) of a verifier, who starts an order from it; on the demo data seeded
// relative to today. Screenshots of both screens at desktop width and of the inbox at a phone's 390 px.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { usePortalServer } from "../support/e2e-portal.ts";
import { graphqlOverHttp } from "../support/server-process.ts";
import path from "node:path";
import { DEMO_PASSWORD, SHOTS } from "../support/portal-page.ts";

const e2e = usePortalServer("board", { acceptDownloads: true });
const { portal, scenario } = e2e;

async function apiAs(username: string) {
  const login = await graphqlOverHttp(e2e.server.apiUrl, "mutation($i: LoginInput!) { login(input: $i) { token } }", { i: { username, password: DEMO_PASSWORD } });
  const token = login.body.data.login.token as string;
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await graphqlOverHttp(e2e.server.apiUrl, query, variables, token);
    expect(result.body.errors).toBeUndefined();
    return result.body.data;
  };
}

/** A table's body cells, row by row, as text. */
const cells = (p: { page: import("playwright-core").Page }, testId: string) =>
  p.page.getByTestId(testId).locator("tbody tr").evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => (td as unknown as { innerText: string }).innerText.trim())));

describe("the department at a glance", () => {
  it("should show the head the tablero's charts with their numbers in tables, and give each list as a CSV", async () => {
    const api = await apiAs("head");
    const { departmentDashboard: d } = await api(`{ departmentDashboard { aging { bucket open overdue } verificationsByOutcome { outcome count } complaintsFiled
      openByTypeAndDepartment { type department open overdue } } }`);
    expect(d.complaintsFiled, "the demo has a month of complaints").toBeGreaterThan(0);

    const head = await portal("tablero");
    await scenario(head, async () => {
      await head.login("head");
      await head.page.getByRole("link", { name: "Tablero", exact: true }).click();
      await head.page.waitForURL(/\/tablero$/);
      await head.page.waitForLoadState("networkidle");
      // every chart is drawn: a canvas with pixels on it
      for (const id of ["ordenes", "antiguedad", "quejas", "verificaciones", "resolucion"]) {
        const canvas = head.page.getByTestId(`chart-${id}`).locator("canvas");
        await canvas.waitFor();
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const painted = await canvas.evaluate((c: any) => {
          const pixels = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
          let n = 0;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) n++;
          return { width: c.width, height: c.height, n };
        });
        expect(painted.width, id).toBeGreaterThan(100);
        expect(painted.n, `${id} has something drawn`).toBeGreaterThan(500);
      }
      // the tables hold the API's numbers
      const aging = await cells(head, "table-antiguedad");
      expect(aging.map((r) => [Number(r[1]), Number(r[2])])).toEqual(d.aging.map((a: { open: number; overdue: number }) => [a.open, a.overdue]));
      const outcomes = await cells(head, "table-verificaciones");
      expect(outcomes.map((r) => Number(r[1]))).toEqual(d.verificationsByOutcome.map((o: { count: number }) => o.count));
      const orders = await cells(head, "table-ordenes");
      expect(orders.length).toBe(d.openByTypeAndDepartment.length);
      expect(orders.reduce((n, r) => n + Number(r[2]), 0)).toBe(d.openByTypeAndDepartment.reduce((n: number, r: { open: number }) => n + r.open, 0));
      expect(await head.page.getByTestId("complaints-filed").innerText()).toBe(String(d.complaintsFiled));
      await head.screenshot("escritorio");

      // a list as CSV: UTF-8 with a byte-order mark, Spanish headers, the table's rows
      const [download] = await Promise.all([head.page.waitForEvent("download"), head.page.getByTestId("csv-antiguedad").click()]);
      expect(download.suggestedFilename()).toMatch(/^antiguedad-de-ordenes-abiertas-\d{4}-\d{2}\.csv$/);
      const csv = fs.readFileSync((await download.path())!, "utf8");
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const lines = csv.slice(1).trim().split("\r\n");
      expect(lines[0]).toBe("Antigüedad desde su emisión,Abiertas,Vencidas");
      expect(lines.slice(1).map((l) => l.split(",").slice(1).map(Number))).toEqual(d.aging.map((a: { open: number; overdue: number }) => [a.open, a.overdue]));
      const [quejas] = await Promise.all([head.page.waitForEvent("download"), head.page.getByTestId("csv-quejas").click()]);
      const quejasCsv = fs.readFileSync((await quejas.path())!, "utf8");
      expect(quejasCsv.slice(1).split("\r\n")[0]).toBe("Categoría,Canal,Quejas y reportes");
      expect(quejasCsv.slice(1).trim().split("\r\n").slice(1).reduce((n, l) => n + Number(l.split(",").at(-1)), 0)).toBe(d.complaintsFiled);

      await head.page.emulateMedia({ media: "print" });
      await head.screenshot("impreso");
      await head.page.emulateMedia({ media: "screen" });
    });
  }, 240_000);

  it("should keep the tablero and its lists from a verifier", async () => {
    const verifier = await portal("tablero-negado");
    await scenario(verifier, async () => {
      await verifier.login("verifier");
      expect(await verifier.page.getByRole("link", { name: "Tablero", exact: true }).count()).toBe(0);
      const page = await verifier.page.request.get(`${e2e.server.portalUrl}/tablero`);
      expect(page.status()).toBe(403);
      const csv = await verifier.page.request.get(`${e2e.server.portalUrl}/tablero/quejas.csv`);
      expect(csv.status()).toBe(403);
      expect(await csv.text()).not.toContain("Categoría");
    });
  }, 120_000);

  it("should give a verifier its own orders in the inbox, overdue first, and let it start one there", async () => {
    const api = await apiAs("verifier");
    const mine = (await api(`{ openWork(first: 100, filter: { mine: true }) { totalCount nodes { folio availableActions dueCountdown { overdue } } } }`)).openWork;
    expect(mine.totalCount, "the demo verifier has open orders").toBeGreaterThan(0);
    const startable = mine.nodes.find((o: { availableActions: string[] }) => o.availableActions.includes("start"));
    expect(startable, "one of them can be started").toBeDefined();

    const desk = await portal("bandeja");
    await scenario(desk, async () => {
      await desk.login("verifier");
      await desk.page.getByRole("link", { name: "Bandeja", exact: true }).click();
      await desk.page.waitForURL(/\/bandeja$/);
      await desk.page.waitForLoadState("networkidle");
      expect(await desk.page.getByTestId("tab-mias").getAttribute("aria-current")).toBe("page");
      const rows = desk.page.getByTestId("inbox-row");
      const shown = await rows.locator("td:nth-child(2)").allInnerTexts();
      expect(shown).toEqual(mine.nodes.slice(0, 20).map((o: { folio: string }) => o.folio));
      // overdue first: once a row is on time, none after it is overdue
      const late = mine.nodes.slice(0, 20).map((o: { dueCountdown: { overdue: boolean } }) => o.dueCountdown.overdue);
      expect(late.indexOf(false) === -1 || !late.slice(late.indexOf(false)).includes(true)).toBe(true);
      expect(await desk.page.getByTestId("inbox-table").getByTestId(`countdown-${mine.nodes[0].folio}`).innerText()).toMatch(/^(Vence en|Vencida hace|Vencida al|Vence al|En pausa)/);
      await desk.screenshot("verificador-escritorio");

      const folio = startable.folio as string;
      const row = rows.filter({ hasText: folio });
      if (!(await row.count())) await desk.open(`/bandeja?vista=mias`);
      await desk.page.getByTestId("inbox-table").getByTestId(`start-${folio}`).click();
      await desk.page.getByTestId("flash").waitFor();
      expect(await desk.page.getByTestId("flash").innerText()).toBe(`Orden ${folio} en proceso.`);
      expect(await desk.page.getByTestId("inbox-table").getByTestId(`start-${folio}`).count()).toBe(0);
      expect(await rows.filter({ hasText: folio }).innerText()).toContain("En proceso");
      await desk.screenshot("orden-iniciada");
    });
    const after = (await api(`{ openWork(first: 100, filter: { mine: true }) { nodes { folio status } } }`)).openWork.nodes;
    expect(after.find((o: { folio: string }) => o.folio === startable.folio).status).toBe("IN_PROGRESS");

    const phone = await portal("bandeja-telefono", 390);
    await scenario(phone, async () => {
      await phone.login("verifier");
      await phone.open("/bandeja");
      await phone.page.getByTestId("inbox-card").first().waitFor();
      expect(await phone.page.getByTestId("inbox-table").isVisible()).toBe(false);
      expect(await phone.page.evaluate("document.documentElement.scrollWidth"), "nothing wider than the phone").toBeLessThanOrEqual(390);
      await phone.screenshot("verificador-390");
      // what the phone shows first, without scrolling
      await phone.page.screenshot({ path: path.join(SHOTS, "bandeja-telefono-02-pantalla-390.png") });
    });
  }, 240_000);

  it("should show the head the department's inbox with the escalated tab and the actions the API allows", async () => {
    const api = await apiAs("head");
    const head = await portal("bandeja-jefatura");
    await scenario(head, async () => {
      await head.login("head");
      await head.open("/bandeja");
      expect(await head.page.getByTestId("tab-departamento").getAttribute("aria-current")).toBe("page");
      await head.screenshot("departamento");
      // a paused order is resumed right from the inbox (no form: its clock starts again)
      const open = (await api(`{ openWork(first: 100, filter: { myDepartment: true }) { nodes { folio pausedAt } } }`)).openWork.nodes as { folio: string; pausedAt: string | null }[];
      const at = open.findIndex((o) => o.pausedAt);
      expect(at, "the demo has a paused order").toBeGreaterThanOrEqual(0);
      const paused = open[at].folio;
      for (let page = 0; page < Math.floor(at / 20); page++) await head.page.getByRole("link", { name: "Siguiente →" }).click();
      const resume = head.page.getByTestId("inbox-table").getByTestId(`resume-${paused}`);
      await resume.click();
      await head.page.getByTestId("flash").waitFor();
      expect(await head.page.getByTestId("flash").innerText()).toContain(`Orden ${paused} reanudada`);
      expect(await head.page.getByTestId("inbox-table").getByTestId(`resume-${paused}`).count()).toBe(0);
      await head.page.getByTestId("tab-escaladas").click();
      await head.page.waitForURL(/vista=escaladas/);
      await head.screenshot("escaladas");
      await head.page.getByTestId("tab-vencidas").click();
      await head.page.waitForURL(/vista=vencidas/);
      // one type of order within the view
      await head.page.getByLabel("Tipo de orden", { exact: true }).selectOption({ label: "Reparación de fuga" });
      await head.page.getByRole("button", { name: "Filtrar" }).click();
      await head.page.waitForURL(/vista=vencidas&tipo=LEAK_REPAIR/);
      const types = await head.page.getByTestId("inbox-row").locator("td:nth-child(3)").allInnerTexts();
      expect(types.every((t) => t === "Reparación de fuga")).toBe(true);
      // the head reassigns and cancels from the order's page; it never starts field work
      const text = await head.mainText();
      expect(text).not.toContain("Iniciar");
    });
    const phone = await portal("bandeja-jefatura-telefono", 390);
    await scenario(phone, async () => {
      await phone.login("head");
      await phone.open("/bandeja?vista=vencidas");
      // the head's long nav wraps instead of widening the page
      expect(await phone.page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
      await phone.screenshot("vencidas-390");
    });
  }, 240_000);
});
