// A page of the staff portal in the e2e tests: numbered screenshots, loads that wait for the scripts, logging in.
import path from "node:path";
import type { Page } from "playwright-core";

export const SHOTS = path.resolve(import.meta.dirname, "../e2e/screenshots");
export const DEMO_PASSWORD = "demo1234";

export class PortalPage {
  private shot = 0;

  constructor(public page: Page, private portalUrl: string, private prefix: string) {}

  /** Saves a full-page screenshot as <prefix>-NN-<name>.png. */
  async screenshot(name: string) {
    this.shot += 1;
    await this.page.screenshot({ path: path.join(SHOTS, `${this.prefix}-${String(this.shot).padStart(2, "0")}-${name}.png`), fullPage: true });
  }

  /** Loads a page and waits until its scripts are in: text typed before hydration can be lost. */
  async open(pathname: string) {
    await this.page.goto(`${this.portalUrl}${pathname}`);
    await this.page.waitForLoadState("networkidle");
  }

  async login(username: string, password = DEMO_PASSWORD) {
    await this.open("/login");
    await this.page.getByLabel("Usuario").fill(username);
    await this.page.getByLabel("Contraseña").fill(password);
    await this.page.getByRole("button", { name: "Entrar" }).click();
    await this.page.getByRole("button", { name: "Cerrar sesión" }).waitFor();
  }

  async logout() {
    await this.page.getByRole("button", { name: "Cerrar sesión" }).click();
    await this.page.waitForURL(/\/login$/);
  }

  mainText() {
    return this.page.locator("main").innerText();
  }

  /** Forms that would change something (POST), in the page's main content. */
  changeForms() {
    return this.page.locator('main form[method="POST"]').count();
  }
}
