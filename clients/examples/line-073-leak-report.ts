// The municipal 073 line files a leak a caller reported, with where it is (coordinates from its map, and the words
// the caller used), then reads back where the report stands. Needs complaints:write. Not retried by the client on a
// network failure (a lost answer may hide a report already filed): look the folio up before filing again.
//   VENTANILLA_URL=… VENTANILLA_API_KEY=… node --import tsx clients/examples/line-073-leak-report.ts 25.3642 -108.1603 "Fuga en la banqueta"
import { sdkFromEnv } from "./env.ts";

const [latitude, longitude, ...words] = process.argv.slice(2);
if (!latitude || !longitude || !words.length) throw new Error("usage: line-073-leak-report.ts <lat> <long> <description…>");

const sdk = sdkFromEnv();
const { fileComplaint } = await sdk.fileComplaint({
  input: {
    kind: "PROBLEM_REPORT",
    category: "WATER_LEAK",
    channel: "PARTNER",
    description: words.join(" "),
    latitude: Number(latitude),
    longitude: Number(longitude),
    locationText: "Reportada a la línea 073",
  },
});
if (fileComplaint.userErrors.length || !fileComplaint.complaint) {
  console.log(JSON.stringify({ filed: false, userErrors: fileComplaint.userErrors }));
  process.exitCode = 2;
} else {
  const { node } = await sdk.complaintStatus({ id: fileComplaint.complaint.id });
  console.log(JSON.stringify({ filed: true, folio: fileComplaint.complaint.folio, id: fileComplaint.complaint.id, status: node && "status" in node ? node.status : null }));
}
