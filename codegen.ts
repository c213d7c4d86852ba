// Typed GraphQL documents for the staff portal: `npm run codegen` (tests/unit/codegen.test.ts checks they are current).
import type { CodegenConfig } from "@graphql-codegen/cli";

export const GENERATED_DIR = "web/src/lib/graphql/generated/";

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["web/src/**/*.ts", `!${GENERATED_DIR}**`],
  ignoreNoDocuments: false,
  generates: {
    [GENERATED_DIR]: {
      preset: "client",
      // persisted-documents.json: the trusted documents the API accepts from portal sessions (server/src/http/trusted-documents.ts)
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: "sha256" } },
      config: {
        scalars: { Decimal: "string", DateTimeISO: "string", Date: "string", JSON: "unknown" },
        strictScalars: true,
        useTypeImports: true,
        enumType: "string-literal",
      },
    },
  },
};

export default config;
