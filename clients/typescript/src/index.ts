export { VentanillaClient, VentanillaError, VentanillaNetworkError, type ClientOptions, type RequestOptions, type ApiErrorDetail } from "./client.ts";
export { createSdk, type Sdk } from "./generated/sdk.ts";
export type * from "./generated/graphql.ts";
