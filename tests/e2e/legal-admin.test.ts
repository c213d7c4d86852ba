// The department's legal duties and administration through the built portal in Chromium: an administrator creates a
// verifier, who must replace the temporary password and sees its empty order list; deactivating it ends its session
// at once; the auditor opens the bitácora with no action offered and verifies the chain; IT generates and delivers a
// month's transparency report (its CSV and PDF parsed here) and registers an information request.
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { startServer, type RunningServer } from "../support/server-process.ts";
import { PortalPage, SHOTS } from "../support/portal-page.ts";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(path.resolve(import.meta.dirname, "../../web/build/handler.js"))) throw new Error("Build the portal first: npm run build");
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function portal(prefix: string, width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: "es-MX", acceptDownloads: true });
  page.setDefaultTimeout(20_000);
  return new PortalPage(page, server.portalUrl, prefix);
}

/** Runs a scenario; on failure a screenshot and the page's text go with the error. */
async function scenario(p: PortalPage, run: () => Promise<void>) {
  try {
    await run();
  } catch (error) {
    await p.page.screenshot({ path: path.join(SHOTS, "failure-legal.png"), fullPage: true }).catch(() => {});
    throw new Error(`${(error as Error).message}\nat ${p.page.url()}\n${(await p.mainText().catch(() => "")).slice(0, 2000)}`);
  }
}

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: path.resolve("node_modules/pdfjs-dist/standard_fonts") + "/" }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) pages.push((await (await pdf.getPage(n)).getTextContent()).items.map((i) => ("str" in i ? i.str : "")).join(" "));
  return pages.join("\n");
}

describe("legal duties and administration in the portal", () => {
  it("should take a new verifier from its temporary password to deactivation, and let the auditor verify the chain", async () => {
    const admin = await portal("legal-admin");
    const verifier = await portal("legal-verificador", 390);
    const auditor = await portal("legal-auditor");
    await scenario(admin, async () => {
      await admin.login("admin");
      await admin.open("/admin");
      await admin.page.getByRole("heading", { name: "Administración" }).waitFor();
      await admin.screenshot("administracion");

      await admin.open("/admin/personal");
      await admin.page.getByText("Nueva cuenta").click();
      await admin.page.getByLabel("Usuario", { exact: true }).fill("ana.beltran");
      await admin.page.getByLabel("Nombre completo").fill("Ana Lucía Beltrán Soto");
      await admin.page.getByLabel("Verificación", { exact: true }).check();
      await admin.page.getByRole("button", { name: "Crear cuenta" }).click();
      await admin.page.getByTestId("temporary-password").waitFor();
      const temporary = await admin.page.getByTestId("temporary-password").innerText();
      expect(temporary).toMatch(/^\S{4}-\S{4}-\S{4}$/);
      await admin.screenshot("personal-cuenta-creada");

      // the verifier, on a phone: the temporary password opens only the password change
      await scenario(verifier, async () => {
        await verifier.login("ana.beltran", temporary);
        await verifier.page.waitForURL(/\/contrasena$/);
        await verifier.page.getByRole("heading", { name: "Cambiar contraseña" }).waitFor();
        expect(await verifier.mainText()).toContain("contraseña temporal");
        await verifier.screenshot("contrasena-temporal");
        await verifier.open("/ordenes");
        await verifier.page.waitForURL(/\/contrasena$/);
        await verifier.page.getByLabel("Contraseña temporal").fill(temporary);
        await verifier.page.getByLabel("Nueva contraseña", { exact: true }).fill("corta");
        await verifier.page.getByLabel("Confirme la nueva contraseña").fill("corta");
        await verifier.page.locator("#newPassword").evaluate((input) => input.removeAttribute("minlength"));
        await verifier.page.getByRole("button", { name: "Cambiar contraseña" }).click();
        await verifier.page.getByText("La contraseña debe tener al menos 10 caracteres").waitFor();
        await verifier.page.getByLabel("Contraseña temporal").fill(temporary);
        await verifier.page.getByLabel("Nueva contraseña", { exact: true }).fill("Riego-Norte-2026");
        await verifier.page.getByLabel("Confirme la nueva contraseña").fill("Riego-Norte-2026");
        await verifier.page.getByRole("button", { name: "Cambiar contraseña" }).click();
        await verifier.page.waitForURL(/\/ordenes$/);
        await verifier.page.getByRole("heading", { name: "Mis órdenes" }).waitFor();
        expect(await verifier.mainText()).toContain("0 órdenes asignadas a usted");
        await verifier.screenshot("mis-ordenes-vacia");
      });

      // deactivated by the administrator: the verifier's open session stops working at once
      await admin.open("/admin/personal?q=ana.beltran");
      await admin.page.getByRole("link", { name: "ana.beltran" }).click();
      await admin.page.getByRole("heading", { name: "Ana Lucía Beltrán Soto" }).waitFor();
      await admin.page.getByRole("button", { name: "Desactivar cuenta" }).click();
      await admin.page.getByTestId("flash").waitFor();
      expect(await admin.page.getByTestId("flash").innerText()).toContain("sus sesiones terminaron");
      await admin.screenshot("personal-desactivada");
      await verifier.open("/ordenes");
      await verifier.page.waitForURL(/\/login/);
      await verifier.page.getByRole("heading", { name: "Iniciar sesión" }).waitFor();

      for (const [pathname, name, heading] of [
        ["/admin/clientes-api", "clientes-api", "Clientes de la API"],
        ["/admin/localidades", "localidades", "Localidades"],
        ["/admin/cuadrillas", "cuadrillas", "Cuadrillas"],
        ["/admin/tarifas", "tarifas", "Tarifas"],
        ["/admin/dias-inhabiles", "dias-inhabiles", "Días inhábiles"],
        ["/admin/metas", "metas", "Metas de servicio"],
        ["/admin/parametros", "parametros", "Parámetros"],
      ]) {
        await admin.open(pathname);
        await admin.page.getByRole("heading", { name: heading, exact: false }).first().waitFor();
        await admin.screenshot(name);
      }
      await admin.open("/admin/clientes-api");
      await admin.page.getByLabel("Nombre").fill("linea-073");
      await admin.page.getByLabel("complaints:write").check();
      await admin.page.getByRole("button", { name: "Crear cliente" }).click();
      await admin.page.getByTestId("api-key").waitFor();
      expect(await admin.page.getByTestId("api-key").innerText()).toMatch(/vtk_[0-9a-f]{12}_/);
      await admin.screenshot("clientes-api-llave");
    });

    // the auditor reads every screen and is offered no action; it verifies the chain
    await scenario(auditor, async () => {
      await auditor.login("auditor");
      await auditor.open("/bitacora?accion=staff.");
      await auditor.page.getByRole("heading", { name: "Bitácora de cambios" }).waitFor();
      const log = await auditor.mainText();
      expect(log).toContain("Personal: desactivación");
      expect(log).toContain("staff.deactivate");
      expect(log).toContain("Personal: alta");
      expect(log).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
      expect(await auditor.changeForms()).toBe(0);
      await auditor.page.getByRole("button", { name: "Verificar la cadena" }).click();
      await auditor.page.getByTestId("chain-verification").waitFor();
      expect(await auditor.page.getByTestId("chain-verification").innerText()).toContain("Cadena íntegra");
      await auditor.screenshot("bitacora-verificada");

      const csv = await auditor.page.request.get(`${server.portalUrl}/bitacora/bitacora.csv?accion=staff.`);
      expect(csv.headers()["content-type"]).toContain("text/csv");
      const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
      expect(lines[0]).toBe("id,fecha_hora_utc,usuario,puestos,accion,entidad,entidad_id,antes,despues,solicitud,correlacion,posicion_cadena,hash_anterior,hash");
      expect(lines.slice(1).map((l) => l.split(",")[4])).toEqual(expect.arrayContaining(["staff.create", "staff.changePassword", "staff.deactivate"]));

      for (const pathname of ["/admin/personal", "/admin/clientes-api", "/admin/tarifas", "/admin/parametros", "/transparencia", "/solicitudes"]) {
        await auditor.open(pathname);
        expect(`${pathname}: ${await auditor.changeForms()} forms`).toBe(`${pathname}: 0 forms`);
      }
      expect(await auditor.page.getByRole("link", { name: "Registrar solicitud" }).count()).toBe(0);
      await auditor.open("/admin/personal");
      await auditor.screenshot("personal-solo-lectura");
    });
  }, 300_000);

  it("should let IT generate and deliver a month's report, export it, and register an information request", async () => {
    const it = await portal("legal-informatica");
    await scenario(it, async () => {
      await it.login("it");
      await it.open("/transparencia");
      await it.page.getByRole("heading", { name: "Informes mensuales de transparencia" }).waitFor();
      const row = it.page.locator("tbody tr").first();
      const monthLink = row.getByRole("link");
      const monthHref = (await monthLink.getAttribute("href"))!;
      expect(await row.getByTestId("deadline").innerText()).toMatch(/quedan? \d+ días? \(\d+ hábil(es)?\)|vence hoy|vencida hace/);
      await it.screenshot("transparencia-meses");
      await row.getByRole("button", { name: "Generar" }).click();
      await it.page.getByTestId("flash").waitFor();
      expect(await it.page.getByTestId("flash").innerText()).toBe("Informe generado: versión 1.");
      await it.page.locator("tbody tr").first().getByRole("button", { name: "Registrar entrega" }).click();
      await it.page.getByText("Entrega registrada (versión 1).").waitFor();
      expect(await it.page.locator("tbody tr").first().innerText()).toContain("Entregado");
      await it.screenshot("transparencia-entregado");

      await it.open(monthHref);
      expect(await it.page.getByTestId("figures-source").innerText()).toMatch(/^Versión 1, congelada el/);
      // figures counted on different dates say so, so that a reader can reconcile them (review: legal-informatica-03)
      const main = await it.mainText();
      expect(main).toContain("Quejas registradas en el mes, por estado al generar el informe");
      expect(main).toContain("Quejas resueltas en el mes");
      expect(await it.page.getByTestId("complaints-resolved-note").innerText()).toContain("aunque se hayan registrado en un mes anterior");
      expect(main).toContain("De ellos, con su reparación atendida");
      expect(await it.page.getByTestId("leak-reports-note").innerText()).toContain("verificación con fuga externa");
      expect(await it.page.getByRole("columnheader", { name: "Atendidas en el mes" }).count()).toBe(1);
      // chart labels read at the page's size, not an SVG scaled down to a few pixels
      const labelSize = (await it.page.evaluate("parseFloat(getComputedStyle(document.querySelector('.bars .bar-label')).fontSize)")) as number;
      expect(labelSize).toBeGreaterThanOrEqual(13);
      await it.screenshot("transparencia-mes");

      const csv = await it.page.request.get(`${server.portalUrl}${monthHref}/cifras.csv?version=1`);
      const rows = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
      expect(rows[0]).toBe("Sección,Concepto,Valor");
      expect(rows).toContain("Informe,Versión,1");
      expect(rows.some((r) => /^Quejas por categoría,Consumo excesivo,\d+$/.test(r))).toBe(true);
      const pdf = await it.page.request.get(`${server.portalUrl}${monthHref}/informe.pdf?version=1`);
      expect(pdf.headers()["content-type"]).toBe("application/pdf");
      const text = await pdfText(await pdf.body());
      expect(text).toContain("Informe de transparencia");
      expect(text).toContain("Quejas por categoría");
      expect(text).toContain("Versión 1");
      expect(text).toContain("Reportes de fuga");
      expect(rows.some((r) => /^Reportes de fuga,"De los recibidos en el mes, con su reparación atendida",\d+$/.test(r))).toBe(true);

      await it.open("/solicitudes");
      await it.page.getByRole("link", { name: "Registrar solicitud" }).click();
      await it.page.getByRole("heading", { name: "Registrar solicitud de información" }).waitFor();
      await it.page.getByLabel("Información solicitada").fill("Número de tomas limitadas por localidad en 2026 y monto total adeudado.");
      await it.page.getByLabel("Área responsable").fill("Comercial — Cobranza");
      await it.screenshot("solicitud-nueva");
      await it.page.getByRole("button", { name: "Registrar solicitud" }).click();
      await it.page.getByTestId("request-folio").waitFor();
      expect(await it.page.getByTestId("request-folio").innerText()).toMatch(/^SAI-\d{4}-\d{6}$/);
      expect(await it.mainText()).toContain("Anónimo");
      await it.page.getByLabel("Motivo de la prórroga").fill("La información se integra con datos de dos áreas.");
      await it.page.getByRole("button", { name: "Prorrogar" }).click();
      await it.page.getByText("prorrogar — hecho").waitFor();
      expect(await it.mainText()).toContain("Prorrogada");
      await it.screenshot("solicitud-prorrogada");
      await it.open("/solicitudes?estado=todas");
      await it.screenshot("solicitudes");
    });
  }, 300_000);
});
