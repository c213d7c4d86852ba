// The zero-setup path: the real server on a fresh embedded database migrates, seeds the demo, and runs workflow 1.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphqlOverHttp, startServer, type RunningServer } from "../support/server-process.ts";

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ WEB_PORT: "0" }, undefined, { fresh: true });
  console.log(`embedded start-up (fresh data dir, migrate + demo seed): ${server.startupSeconds.toFixed(1)} s`);
});
afterAll(async () => server?.stop());

async function login(username: string) {
  const { body, headers } = await graphqlOverHttp(server.apiUrl, `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token userErrors { message } } }`, { u: username, p: "demo1234" });
  expect(body.data.login.userErrors).toEqual([]);
  expect(headers.get("set-cookie")).toMatch(/ventanilla_session=.+; HttpOnly/);
  return body.data.login.token as string;
}

describe("embedded mode (PGlite)", () => {
  it("should refuse a wrong password with a clear message", async () => {
    const { body } = await graphqlOverHttp(server.apiUrl, `mutation { login(input: { username: "front_desk", password: "nope" }) { token userErrors { message code } } }`);
    expect(body.data.login).toEqual({ token: null, userErrors: [{ message: "Usuario o contraseña incorrectos", code: "UNAUTHENTICATED" }] });
  });

  it("should find a demo connection by holder name ignoring accents, file a meter complaint and record the verification", async () => {
    const frontDesk = await login("front_desk");
    const search = await graphqlOverHttp(server.apiUrl, `{ serviceConnections(first: 5, filter: { search: "jose perez nunez" }) { totalCount nodes { id controlNumber holder { fullName } } } }`, {}, frontDesk);
    const connection = search.body.data.serviceConnections.nodes.find((n: any) => n.holder.fullName === "José Pérez Núñez");
    expect(connection).toBeDefined();

    const filed = await graphqlOverHttp(
      server.apiUrl,
      `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { complaint { folio } workOrder { id folio assignee { username } } userErrors { message } } }`,
      { input: { connectionId: connection.id, kind: "COMPLAINT", category: "EXCESS_CONSUMPTION", channel: "IN_PERSON", description: "Consumo excesivo en el recibo" } },
      frontDesk,
    );
    expect(filed.body.errors).toBeUndefined();
    const { workOrder, userErrors } = filed.body.data.fileComplaint;
    expect(userErrors).toEqual([]);
    expect(workOrder.assignee.username).toMatch(/^verifier/);

    const verifier = await login(workOrder.assignee.username);
    const completed = await graphqlOverHttp(
      server.apiUrl,
      `mutation($input: CompleteVerificationInput!) { completeVerification(input: $input) { workOrder { status excessM3 } userErrors { message } } }`,
      { input: { workOrderId: workOrder.id, outcome: "METER_OVER_REGISTERING", excessM3: "12" } },
      verifier,
    );
    expect(completed.body.data.completeVerification).toEqual({ workOrder: { status: "COMPLETED", excessM3: "12.00" }, userErrors: [] });

    const history = await graphqlOverHttp(server.apiUrl, `query($id: ID!) { serviceConnection(id: $id) { history(first: 1) { nodes { summary } } } }`, { id: connection.id }, frontDesk);
    expect(history.body.data.serviceConnection.history.nodes[0].summary).toBe(`Verificación ${workOrder.folio}: el medidor registra de más (12.00 m³)`);
  });
});
