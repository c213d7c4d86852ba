// The partners' typed client: types and documents from the committed SDL and the partner operations
// (`npm run codegen`; tests/unit/client-codegen.test.ts fails while the committed output is stale).
import type { CodegenConfig } from "@graphql-codegen/cli";

export const CLIENT_GENERATED_DIR = "clients/typescript/src/generated/";

const scalars = { Decimal: "string", DateTimeISO: "string", Date: "string", JSON: "unknown" };

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["clients/typescript/operations/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    [CLIENT_GENERATED_DIR]: {
      preset: "client",
      // documents as plain strings: the client needs no graphql library at run time
      presetConfig: { fragmentMasking: false, gqlTagName: "graphql", persistedDocuments: { hashAlgorithm: "sha256" } },
      config: { documentMode: "string", scalars, strictScalars: true, useTypeImports: true, enumType: "string-literal" },
    },
    [`${CLIENT_GENERATED_DIR}sdk.ts`]: {
      plugins: ["clients/typescript/codegen/sdk-plugin.cjs"],
    },
  },
};

export default config;
