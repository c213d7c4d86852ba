// The utility's website (or any partner with connections:read) looks a connection up by its control number.
//   VENTANILLA_URL=… VENTANILLA_API_KEY=… node --import tsx clients/examples/lookup-connection.ts 100001
import { sdkFromEnv } from "./env.ts";

const controlNumber = process.argv[2];
if (!controlNumber) throw new Error("usage: lookup-connection.ts <control number>");

const { serviceConnection } = await sdkFromEnv().lookupConnection({ controlNumber });
if (!serviceConnection) {
  console.log(JSON.stringify({ found: false, controlNumber }));
} else {
  const { status, street, exteriorNumber, locality } = serviceConnection;
  console.log(JSON.stringify({ found: true, controlNumber, status, address: [street, exteriorNumber].filter(Boolean).join(" "), locality: locality.name }));
}
