// The API's contract with partners: the committed SDL (schema/schema.graphql) against the last released one
// (schema/released/<version>.graphql). A breaking change fails tests/unit/schema-contract.test.ts unless it is listed,
// with its reason, in schema/released/acknowledged-breaking-changes.json. Removing a field deprecated in the released
// schema is not breaking (that is the path: @deprecated(reason:) in one release, removal in a later one).
import fs from "node:fs";
import path from "node:path";
import { buildSchema } from "graphql";
import { CriticalityLevel, diff, DiffRule, type Change } from "@graphql-inspector/core";

export const RELEASED_DIR = path.resolve(import.meta.dirname, "../../../schema/released");
export const ACKNOWLEDGED_FILE = path.join(RELEASED_DIR, "acknowledged-breaking-changes.json");

/** One breaking change accepted on purpose: which (`${type} ${path}`, as reported) and why partners can live with it. */
export interface Acknowledgement {
  change: string;
  reason: string;
}

const versionParts = (v: string) => v.split(".").map(Number);
const newer = (a: string, b: string) => {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/** The released versions, oldest first (files named <major>.<minor>.<patch>.graphql). */
export function releasedVersions(dir = RELEASED_DIR): string[] {
  return fs
    .readdirSync(dir)
    .map((f) => /^(\d+\.\d+\.\d+)\.graphql$/.exec(f)?.[1])
    .filter((v): v is string => Boolean(v))
    .sort(newer);
}

export const changeKey = (change: Change) => `${change.type} ${change.path ?? ""}`.trim();

/** Every change from `releasedSdl` to `currentSdl`, with how it affects existing clients. */
export async function schemaChanges(releasedSdl: string, currentSdl: string): Promise<Change[]> {
  return diff(buildSchema(releasedSdl), buildSchema(currentSdl), [DiffRule.suppressRemovalOfDeprecatedField]);
}

/** The breaking changes nobody acknowledged, and the acknowledgements that no longer match a change (stale). */
export async function unacknowledgedBreakingChanges(releasedSdl: string, currentSdl: string, acknowledged: Acknowledgement[]) {
  const breaking = (await schemaChanges(releasedSdl, currentSdl)).filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const keys = new Set(breaking.map(changeKey));
  return {
    unacknowledged: breaking.filter((c) => !acknowledged.some((a) => a.change === changeKey(c))).map((c) => `${changeKey(c)}: ${c.message}`),
    stale: acknowledged.filter((a) => !keys.has(a.change)).map((a) => a.change),
    withoutReason: acknowledged.filter((a) => !a.reason?.trim()).map((a) => a.change),
  };
}

export function readAcknowledged(file = ACKNOWLEDGED_FILE): Acknowledgement[] {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Acknowledgement[]) : [];
}
