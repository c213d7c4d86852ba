// Ventanilla's GraphQL client for partner systems: one POST per operation with the partner's key, typed by the
// generated documents. Network failures (no response at all) are retried with exponential backoff when the operation
// may be repeated safely; an HTTP or GraphQL error is never retried (it is an answer).
import type { TypedDocumentString } from "./generated/graphql.ts";

export interface ClientOptions {
  /** e.g. https://ventanilla.example.gob.mx/graphql */
  url: string;
  /** the partner's API key (vtk_…), or a staff session token for the auditors' tools */
  token: string;
  /** attempts after the first for a retryable operation (default 3) */
  retries?: number;
  /** first backoff delay in ms, doubled on each attempt (default 250) */
  retryDelayMs?: number;
  /** give up on one attempt after this many ms (default 30,000) */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  /** whether a network failure may be retried (the generated methods set it per operation) */
  retry?: boolean;
  /** sent as x-request-id: the server keeps it beside its own request id in the audit log, for correlation */
  correlationId?: string;
  signal?: AbortSignal;
}

export interface ApiErrorDetail {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

/** The server answered with errors (GraphQL `errors`, or an HTTP status such as 429 with its Retry-After). */
export class VentanillaError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: ApiErrorDetail[],
    readonly data: unknown = null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = "VentanillaError";
  }

  /** the `extensions.code` of each error (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, RATE_LIMITED, …) */
  get codes(): string[] {
    return this.errors.map((e) => e.extensions?.code ?? "UNKNOWN");
  }
}

/** No response reached us after every attempt. */
export class VentanillaNetworkError extends Error {
  constructor(message: string, readonly attempts: number, readonly cause: unknown) {
    super(message);
    this.name = "VentanillaNetworkError";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class VentanillaClient {
  private readonly options: Required<Omit<ClientOptions, "fetch">> & { fetch: typeof fetch };

  constructor(options: ClientOptions) {
    this.options = { retries: 3, retryDelayMs: 250, timeoutMs: 30_000, fetch: globalThis.fetch, ...options };
  }

  /** Runs one operation; resolves to its `data`, or rejects with VentanillaError / VentanillaNetworkError. */
  async request<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables, options: RequestOptions = {}): Promise<Result> {
    // the document's hash names it among the API's trusted documents (required of staff sessions in production);
    // its text goes too, so a partner still works with a server that does not know that hash
    const body = JSON.stringify({ documentId: document.__meta__?.hash, query: document.toString(), variables });
    const attempts = options.retry ? this.options.retries + 1 : 1;
    let lastFailure: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let response: Response;
      try {
        response = await this.send(body, options);
      } catch (failure) {
        if (options.signal?.aborted) throw failure;
        lastFailure = failure;
        if (attempt < attempts) await sleep(this.options.retryDelayMs * 2 ** (attempt - 1));
        continue;
      }
      return this.read<Result>(response);
    }
    throw new VentanillaNetworkError(`Sin respuesta de ${this.options.url} tras ${attempts} intento(s)`, attempts, lastFailure);
  }

  private async send(body: string, options: RequestOptions): Promise<Response> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    return this.options.fetch(this.options.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${this.options.token}`,
        ...(options.correlationId ? { "x-request-id": options.correlationId } : {}),
      },
      body,
      signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
    });
  }

  private async read<Result>(response: Response): Promise<Result> {
    const text = await response.text();
    let payload: { data?: Result | null; errors?: ApiErrorDetail[] } = {};
    try {
      payload = text ? JSON.parse(text) : {};
    } catch {
      throw new VentanillaError(`Respuesta no válida (HTTP ${response.status})`, response.status, [{ message: text.slice(0, 200) }]);
    }
    const retryAfter = response.headers.get("retry-after");
    if (payload.errors?.length || !response.ok || payload.data == null) {
      const errors = payload.errors?.length ? payload.errors : [{ message: `HTTP ${response.status}` }];
      throw new VentanillaError(errors.map((e) => e.message).join("; "), response.status, errors, payload.data ?? null, retryAfter ? Number(retryAfter) : null);
    }
    return payload.data;
  }
}
