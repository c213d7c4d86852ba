// npm run schema:release -- <version>   freezes schema/schema.graphql as schema/released/<version>.graphql (the
// contract later changes are checked against) and empties the acknowledged breaking changes, which that release
// absorbs. Write the release's entry in CHANGELOG.md first.
import fs from "node:fs";
import path from "node:path";
import { SDL_FILE } from "../graphql/schema.ts";
import { ACKNOWLEDGED_FILE, RELEASED_DIR, releasedVersions } from "./schema-contract.ts";

const version = process.argv[2];
if (!version || !/^\d+\.\d+\.\d+$/.test(version)) throw new Error("usage: npm run schema:release -- <major.minor.patch>");
if (releasedVersions().includes(version)) throw new Error(`${version} is already released`);
const changelog = fs.readFileSync(path.resolve(RELEASED_DIR, "../../CHANGELOG.md"), "utf8");
if (!changelog.includes(`## ${version}`)) throw new Error(`CHANGELOG.md has no "## ${version}" entry`);
fs.copyFileSync(SDL_FILE, path.join(RELEASED_DIR, `${version}.graphql`));
fs.writeFileSync(ACKNOWLEDGED_FILE, "[]\n");
console.log(`Released ${version}: schema/released/${version}.graphql`);
