import { Resolver } from "type-graphql";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { LedgerEntry } from "./ledger.type.ts";

@Resolver(() => LedgerEntry)
export class LedgerEntryResolver extends NodeResolver(LedgerEntry, "LedgerEntry") {}
