// A citizen follows a complaint on the public page /consulta (no login), in Chromium at a phone's width: the status
// and dates of the complaint and its order appear, with no name, address or amount; a wrong pair reads exactly as an
// unknown folio; the filing phone works as well as the control number; and past the per-address limit the form says
// so instead of answering.
import { describe, expect, it } from "vitest";
import { usePortalServer } from "../support/e2e-portal.ts";
import { graphqlOverHttp } from "../support/server-process.ts";
import { FOLIO_LOOKUPS_PER_MINUTE } from "../../server/src/modules/folio-tracking/folio-tracking.service.ts";

const e2e = usePortalServer("consulta");
const { portal, scenario } = e2e;

/** A complaint filed at the counter on connection 100001 (demo data) with a phone; its folio. */
async function fileComplaint(): Promise<string> {
  const { apiUrl } = e2e.server;
  const login = await graphqlOverHttp(apiUrl, `mutation { login(input: { username: "front_desk", password: "demo1234" }) { token } }`);
  const token = login.body.data.login.token;
  const connection = await graphqlOverHttp(apiUrl, `{ serviceConnection(controlNumber: "100001") { id } }`, {}, token);
  const filed = await graphqlOverHttp(
    apiUrl,
    `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { complaint { folio } userErrors { message } } }`,
    { i: { connectionId: connection.body.data.serviceConnection.id, kind: "COMPLAINT", category: "EXCESS_CONSUMPTION", channel: "IN_PERSON", description: "Consumo de 95 m³ en octubre", reporterPhone: "667 123 4567" } },
    token,
  );
  return filed.body.data.fileComplaint.complaint.folio;
}

describe("folio tracking for citizens", () => {
  it("should show a citizen the status of a complaint and its order, without a login and without personal data", async () => {
    const folio = await fileComplaint();
    const citizen = await portal("consulta", 390);
    const { page } = citizen;
    await scenario(citizen, async () => {
      await citizen.open("/consulta");
      await page.getByRole("heading", { name: "Consulta de su reporte" }).waitFor();
      expect(await page.getByRole("button", { name: "Cerrar sesión" }).count()).toBe(0);
      await citizen.screenshot("formulario");

      let lookups = 0;
      // one look-up, waited for to the end: the answer re-renders the form with the values it was sent, so typing the
      // next look-up before it has arrived would be overwritten
      const consult = async () => {
        lookups++;
        await Promise.all([
          page.waitForResponse((r) => new URL(r.url()).pathname.startsWith("/consulta") && r.request().method() === "POST"),
          page.getByRole("button", { name: "Consultar" }).click(),
        ]);
        await page.getByRole("button", { name: "Consultar", disabled: false }).waitFor();
      };
      await page.getByLabel("Folio").fill(folio.toLowerCase());
      await page.getByLabel("Número de control de la toma").fill("100001");
      await consult();
      await page.getByTestId("tracking").waitFor();
      const shown = await citizen.mainText();
      expect(shown).toContain(folio);
      expect(await page.getByTestId("tracking-status").innerText()).toBe("En verificación");
      expect(shown).toMatch(/OV-\d{4}-\d{6}/);
      expect(shown).toMatch(/\d{2}\/\d{2}\/\d{4}/);
      // no holder's name, no street, no amounts, no description
      expect(shown).not.toMatch(/Pérez|Núñez|Calle|95 m³|\$/);
      await citizen.screenshot("estado");

      await page.emulateMedia({ media: "print" });
      expect(await page.getByRole("button", { name: "Imprimir" }).isVisible()).toBe(false);
      expect(await page.getByText(/consultado el \d{2}\/\d{2}\/\d{4}/).isVisible()).toBe(true);
      await citizen.screenshot("impresion");
      await page.emulateMedia({ media: "screen" });

      // a wrong control number reads exactly as a folio that does not exist
      await page.getByLabel("Número de control de la toma").fill("100002");
      await consult();
      await page.getByTestId("tracking-none").waitFor();
      expect(await page.getByTestId("tracking").count()).toBe(0);
      const wrongPair = await page.getByTestId("tracking-none").innerText();
      await citizen.screenshot("no-encontrado");
      await page.getByLabel("Folio").fill("Q-2026-999999");
      await page.getByLabel("Número de control de la toma").fill("100001");
      await consult();
      await page.getByTestId("tracking-none").waitFor();
      expect(await page.getByTestId("tracking-none").innerText()).toBe(wrongPair);

      await page.getByLabel("Folio").fill(folio);
      await page.getByLabel("Número de control de la toma").fill("");
      await page.getByLabel("o teléfono con el que reportó").fill("(667) 123-4567");
      await consult();
      await page.getByTestId("tracking").waitFor();
      expect(await page.getByTestId("tracking-status").innerText()).toBe("En verificación");

      // the per-address limit: guessing folios stays slow
      await page.getByLabel("o teléfono con el que reportó").fill("");
      await page.getByLabel("Número de control de la toma").fill("100001");
      while (lookups < FOLIO_LOOKUPS_PER_MINUTE + 3 && !(await page.getByTestId("tracking-limited").count())) {
        await consult();
        await page.getByTestId("tracking").or(page.getByTestId("tracking-limited")).first().waitFor();
      }
      await page.getByTestId("tracking-limited").waitFor();
      expect(await page.getByTestId("tracking-limited").innerText()).toMatch(/Demasiadas consultas de folio; intente de nuevo en \d+ s/);
      expect(await page.getByTestId("tracking").count()).toBe(0);
      await citizen.screenshot("limite");
    });
  });
});
