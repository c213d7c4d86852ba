// The register (padrón) through the built portal in Chromium: REGISTRY registers a customer, sees the possible
// duplicates before registering the same person twice, opens a connection for the customer with its meter,
// registers a second customer and transfers the connection to them (cambio de titular); the front desk reads the
// ficha without the register's actions.
import { describe, expect, it } from "vitest";
import { usePortalServer } from "../support/e2e-portal.ts";
import { PortalPage } from "../support/portal-page.ts";

const e2e = usePortalServer("register");
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
});
