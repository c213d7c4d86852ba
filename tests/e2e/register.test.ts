// The register (padrón) through the built portal in Chromium: REGISTRY registers a customer, sees the possible
// duplicates before registering the same person twice, opens a connection for the customer with its meter,
// registers a second customer and transfers the connection to them (cambio de titular); the front desk reads the
// ficha without the register's actions. REGISTRY uploads the sample register file, reads its dry run's report
// (and downloads it as CSV), applies it, and follows the apply to its end and its report.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { usePortalServer } from "../support/e2e-portal.ts";
import { PortalPage } from "../support/portal-page.ts";

const e2e = usePortalServer("register", { acceptDownloads: true });
const SAMPLE = path.resolve(import.meta.dirname, "../fixtures/padron-ejemplo.csv");
const { portal, scenario } = e2e;

async function newCustomer(p: PortalPage, fields: { name: string; curp?: string; phone?: string; street?: string }) {
  await p.open("/padron/usuarios/nuevo");
  await p.page.getByLabel("Nombre completo").fill(fields.name);
  if (fields.curp) await p.page.getByLabel("CURP").fill(fields.curp);
  if (fields.phone) await p.page.getByLabel("Teléfono").fill(fields.phone);
  if (fields.street) {
    await p.page.getByLabel("Calle").fill(fields.street);
    await p.page.getByLabel("Localidad").selectOption({ label: "Angostura" });
  }
  await p.page.getByRole("button", { name: "Registrar usuario" }).click();
}

describe("the register in the portal", () => {
  it("should let REGISTRY register a customer, open a connection and transfer it to a new holder", async () => {
    const registry = await portal("padron");
    await scenario(registry, async () => {
      await registry.login("registry");
      await registry.page.getByRole("link", { name: "Padrón", exact: true }).click();
      await registry.page.getByRole("heading", { name: "Padrón de usuarios" }).waitFor();
      await registry.screenshot("inicio");

      // a CURP with a wrong check digit is refused, naming what is wrong
      await newCustomer(registry, { name: "Leticia Armenta Quiñónez", curp: "HEGG560427MVZRRL05", phone: "+52 697 123 4567" });
      await registry.page.getByText(/dígito verificador de la CURP no corresponde/).waitFor();
      await registry.screenshot("curp-invalida");
      await registry.page.getByLabel("CURP").fill("");
      await registry.page.getByRole("button", { name: "Registrar usuario" }).click();
      await registry.page.waitForURL(/\/padron\/usuarios\/[^/]+$/);
      await registry.page.getByTestId("flash").waitFor();
      expect(await registry.mainText()).toContain("697 123 4567");

      await registry.page.getByRole("link", { name: "Alta de toma" }).click();
      await registry.page.getByRole("heading", { name: "Alta de toma" }).waitFor();
      await registry.page.getByLabel("Calle").fill("Calle Gabriel Leyva");
      await registry.page.getByLabel("Número exterior").fill("418");
      await registry.page.getByLabel("Colonia").fill("Centro");
      await registry.page.getByLabel("Localidad").selectOption({ label: "Angostura" });
      await registry.page.getByLabel("Cuadrilla de cobranza").selectOption({ label: "Cuadrilla 1" });
      await registry.page.getByLabel("Número de serie").fill("e2e-reg-0001");
      await registry.page.getByLabel("Marca").fill("Cicasa");
      await registry.page.getByLabel("Lectura inicial (m³)").fill("3.5");
      await registry.screenshot("alta-de-toma");
      await registry.page.getByRole("button", { name: "Dar de alta la toma" }).click();
      await registry.page.waitForURL(/\/tomas\/\d+$/);
      const controlNumber = registry.page.url().split("/").at(-1)!;
      await registry.page.getByRole("heading", { name: "Ficha del usuario" }).waitFor();
      expect(await registry.mainText()).toContain("Leticia Armenta Quiñónez");
      expect(await registry.mainText()).toContain("E2E-REG-0001");
      await registry.page.getByTestId("register-edit").waitFor();
      await registry.screenshot("ficha-nueva-toma");

      // registering the same person again: the duplicate is shown first
      await newCustomer(registry, { name: "Leticia Armenta Quinonez", street: "Calle Gabriel Leyva" });
      await registry.page.getByTestId("duplicates").waitFor();
      expect(await registry.page.getByTestId("duplicates").innerText()).toContain("Leticia Armenta Quiñónez");
      await registry.screenshot("posible-duplicado");

      // the buyer, then the cambio de titular from the ficha
      await newCustomer(registry, { name: "Abigail Sotomayor Cázares", phone: "667 555 0101" });
      await registry.page.waitForURL(/\/padron\/usuarios\/[^/]+$/);
      await registry.open(`/tomas/${controlNumber}`);
      await registry.page.getByRole("link", { name: "Cambio de titular" }).click();
      await registry.page.getByLabel("Buscar al nuevo titular por nombre").fill("sotomayor cazares abigail");
      await registry.page.getByRole("button", { name: "Buscar" }).click();
      await registry.page.getByLabel(/Abigail Sotomayor Cázares/).check();
      await registry.page.getByLabel("Motivo").first().fill("Compraventa del inmueble");
      await registry.screenshot("cambio-de-titular");
      await registry.page.getByRole("button", { name: "Registrar cambio de titular" }).click();
      await registry.page.waitForURL(new RegExp(`/tomas/${controlNumber}$`));
      const ficha = await registry.mainText();
      expect(ficha).toContain("Cambio de titular: de Leticia Armenta Quiñónez a Abigail Sotomayor Cázares");
      await registry.screenshot("ficha-tras-cambio");

      const frontDesk = await portal("padron-ventanilla");
      await scenario(frontDesk, async () => {
        await frontDesk.login("front_desk");
        await frontDesk.open(`/tomas/${controlNumber}`);
        await frontDesk.page.getByText("Abigail Sotomayor Cázares").first().waitFor();
        expect(await frontDesk.page.getByTestId("register-edit").count()).toBe(0);
        expect(await frontDesk.page.getByRole("link", { name: "Padrón", exact: true }).count()).toBe(0);
        await frontDesk.screenshot("ficha-sin-acciones-del-padron");
      });
    });
  });

  it("should let REGISTRY upload a register file, read its dry run's report, apply it and follow it to the end", async () => {
    const registry = await portal("padron-importar");
    await scenario(registry, async () => {
      await registry.login("registry");
      await registry.open("/padron/importar");
      await registry.page.getByRole("heading", { name: "Importación del padrón" }).waitFor();
      // staff get a template to fill in, not a README or a command line
      const intro = await registry.mainText();
      expect(intro).not.toMatch(/README|npm run/);
      const templateHref = await registry.page.getByRole("link", { name: "Descargar plantilla" }).getAttribute("href");
      const template = await registry.page.request.get(new URL(templateHref!, registry.page.url()).href);
      expect(template.headers()["content-type"]).toContain("text/csv");
      const templateLines = (await template.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
      expect(templateLines[0]).toBe("numero_control,nombre,curp,telefono,correo,calle,numero_exterior,colonia,localidad,tipo,medidor_serie,medidor_marca,medidor_instalado,lectura_m3,saldo_inicial");
      expect(templateLines).toHaveLength(3);
      await registry.page.getByLabel("Archivo del padrón (.csv o .xlsx)").setInputFiles(SAMPLE);
      await registry.screenshot("subir-archivo");
      await registry.page.getByRole("button", { name: "Subir y revisar (simulacro)" }).click();

      // the dry run: queued, then run in the background until the end; its report per row
      await registry.page.waitForURL(/\/padron\/importar\/[^/]+$/);
      const dryRunUrl = registry.page.url();
      await registry.page.getByRole("heading", { name: "padron-ejemplo.csv · Simulacro" }).waitFor();
      await registry.page.getByTestId("import-status").getByText("Terminada").waitFor({ timeout: 60_000 });
      expect(await registry.page.getByTestId("import-progress").innerText()).toMatch(/9 de 9 filas \(100 %\)/);
      const report = await registry.page.getByTestId("import-report").innerText();
      expect(report.replace(/\s+/g, " ")).toContain("Aceptadas 3 Con advertencias 1 Rechazadas 5");
      const main = await registry.mainText();
      expect(main).toContain("Número de control 800002 repetido en el archivo");
      expect(main).toContain("La localidad «Villa Inexistente» no está en el catálogo");
      // the report names the template's columns, never the code's field names
      const fields = await registry.page.getByTestId("import-issues").locator("tbody td.mono").allInnerTexts();
      expect(fields).toContain("telefono");
      expect(fields.filter((f) => /[A-Z.]/.test(f))).toEqual([]);
      await registry.screenshot("simulacro-reporte");

      // the report as CSV: one line per row, accepted ones included
      const csv = await (await registry.page.request.get(`${dryRunUrl}/reporte.csv`)).text();
      const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
      expect(lines[0]).toBe("fila,resultado,campo,detalle");
      expect(lines[1]).toBe("1,aceptada,,");
      expect(lines.filter((l) => l.startsWith("2,"))).toHaveLength(2);
      expect(lines).toContain("6,rechazada,nombre,Falta el titular (nombre)");
      expect(lines.at(-1)).toBe("9,aceptada,,");

      // Aplicar: the apply runs on the server, its progress and final report on its own page (a reload loses nothing)
      await registry.page.getByRole("button", { name: "Aplicar" }).click();
      await registry.page.waitForURL((url) => url.href !== dryRunUrl && /\/padron\/importar\/[^/]+$/.test(url.pathname));
      await registry.page.getByRole("heading", { name: "padron-ejemplo.csv · Aplicación" }).waitFor();
      await registry.screenshot("aplicacion-en-marcha");
      await registry.page.reload();
      await registry.page.getByTestId("import-status").getByText("Terminada").waitFor({ timeout: 60_000 });
      expect(await registry.page.getByTestId("import-progress").innerText()).toMatch(/9 de 9 filas \(100 %\)\s·\s\d[\d,]* filas\/s/);
      expect((await registry.page.getByTestId("import-report").innerText()).replace(/\s+/g, " ")).toContain("Tomas nuevas 4 Actualizadas 0 Sin cambios 0");
      await registry.screenshot("aplicacion-terminada");

      // the dry run now points at its apply instead of offering it again; the imported connection is in the register
      await registry.open(new URL(dryRunUrl).pathname);
      await registry.page.getByRole("link", { name: "Ver la aplicación de este simulacro" }).waitFor();
      expect(await registry.page.getByRole("button", { name: "Aplicar" }).count()).toBe(0);
      await registry.open("/padron/importar");
      expect(await registry.page.getByTestId("import-run").count()).toBe(2);
      await registry.screenshot("lista-de-importaciones");
      await registry.open("/tomas/800001");
      await registry.page.getByText("Gloria Hernández García").first().waitFor();
      expect(await registry.mainText()).toContain("Alta por importación del padrón");
      await registry.screenshot("ficha-importada");
    });
  });
});
