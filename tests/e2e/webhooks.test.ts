// Webhooks in Chromium: ADMIN creates an API client, registers its webhook (the secret shown once) pointing at a local
// receiver; the partner files a leak report with its key and the registry forwards it; the server's worker delivers
// the signed event; ADMIN sees it in the delivery log and replays it (the receiver gets the same event id again).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { usePortalServer } from "../support/e2e-portal.ts";
import { graphqlOverHttp } from "../support/server-process.ts";
import { DEMO_PASSWORD } from "../support/portal-page.ts";
import { verifyWebhookSignature } from "../../server/src/modules/webhook/webhook.signature.ts";

const e2e = usePortalServer("webhooks");
const { portal, scenario } = e2e;

async function call(query: string, variables: Record<string, unknown>, token: string) {
  const { body } = await graphqlOverHttp(e2e.server.apiUrl, query, variables, token);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe("webhooks in the administration portal", () => {
  it("should register a client's webhook, deliver a signed event to it, and replay it from the delivery log", async () => {
    const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
    const receiver = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/eventos`;
    const admin = await portal("webhooks");
    try {
      await scenario(admin, async () => {
        await admin.login("admin");
        await admin.open("/admin/clientes-api");
        await admin.page.getByLabel("Nombre").fill("app-311");
        await admin.page.getByLabel("complaints:write").check();
        await admin.page.getByRole("button", { name: "Crear cliente" }).click();
        await admin.page.getByTestId("api-key").waitFor();
        const key = (await admin.page.getByTestId("api-key").innerText()).match(/vtk_[0-9a-f]{12}_[A-Za-z0-9_-]+/)![0];

        await admin.page.getByRole("row", { name: /app-311/ }).getByRole("link", { name: "Webhooks y bitácora de envíos" }).click();
        await admin.page.getByRole("heading", { name: "Webhooks de app-311" }).waitFor();
        await admin.page.getByLabel("URL del receptor").fill(url);
        await admin.page.getByLabel("Cambio de estado de una queja o reporte").check();
        await admin.page.getByRole("button", { name: "Registrar webhook" }).click();
        await admin.page.getByTestId("webhook-secret").waitFor();
        const secret = (await admin.page.getByTestId("webhook-secret").innerText()).match(/whsec_[A-Za-z0-9_-]+/)![0];
        await admin.screenshot("secreto");

        // the partner files a leak report; the registry forwards it: the event goes out
        const filed = await call(`mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { complaint { id folio } } }`, { i: { kind: "PROBLEM_REPORT", category: "WATER_LEAK", channel: "PARTNER", description: "Fuga reportada desde la app", locationText: "Calle Obregón y Zaragoza" } }, key);
        const login = await graphqlOverHttp(e2e.server.apiUrl, `mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { username: "registry", password: DEMO_PASSWORD } });
        await call(`mutation($i: ForwardLeakReportInput!) { forwardLeakReport(input: $i) { userErrors { message } } }`, { i: { complaintId: filed.fileComplaint.complaint.id } }, login.body.data.login.token);
        await expect.poll(() => received.length, { timeout: 30_000 }).toBe(1);
        const [first] = received;
        expect(JSON.parse(first.body).data.complaint).toMatchObject({ folio: filed.fileComplaint.complaint.folio, status: "FORWARDED" });
        expect(verifyWebhookSignature(secret, { signature: String(first.headers["x-ventanilla-signature"]), timestamp: String(first.headers["x-ventanilla-timestamp"]) }, first.body)).toBe(true);

        await admin.page.reload();
        await admin.page.getByRole("cell", { name: "Entregada" }).waitFor();
        await admin.screenshot("bitacora");
        await admin.page.getByRole("button", { name: "Reenviar" }).click();
        await admin.page.getByRole("status").filter({ hasText: "puesto de nuevo en cola" }).waitFor();
        await expect.poll(() => received.length, { timeout: 30_000 }).toBe(2);
        expect(received[1].headers["x-ventanilla-event-id"]).toBe(first.headers["x-ventanilla-event-id"]);
        await admin.open(new URL(admin.page.url()).pathname);
        await admin.page.getByRole("cell", { name: /Entregada\s+reenviado el/ }).waitFor();
        await admin.screenshot("reenviado");
      });
    } finally {
      receiver.closeAllConnections();
      receiver.close();
    }
  }, 300_000);
});
