// The built portal over plain HTTP, as a browser without JavaScript would use it: form posts, cookies, redirects
// not followed (so that tests read the Location header).

export interface PortalResponse {
  status: number;
  location: string | null;
  body: string;
}

/** One browser's cookies for the portal. */
export class PortalClient {
  readonly cookies = new Map<string, string>();

  constructor(private readonly portalUrl: string) {}

  get(path: string): Promise<PortalResponse> {
    return this.send(path, { method: "GET" });
  }

  /** A form post from a page of the portal itself (same Origin, as the portal's CSRF check requires). */
  post(path: string, fields: Record<string, string>): Promise<PortalResponse> {
    return this.send(path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: this.portalUrl },
      body: new URLSearchParams(fields).toString(),
    });
  }

  login(username: string, password: string, query = ""): Promise<PortalResponse> {
    return this.post(`/login${query}`, { username, password });
  }

  private async send(path: string, init: RequestInit): Promise<PortalResponse> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(`${this.portalUrl}${path}`, {
      ...init,
      redirect: "manual",
      // as a browser navigates (with `*/*`, SvelteKit answers form posts in JSON, for its own fetches)
      headers: { accept: "text/html", ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const [name, value] = [pair.slice(0, pair.indexOf("=")).trim(), pair.slice(pair.indexOf("=") + 1).trim()];
      const removed = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || attributes.some((a) => /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (removed || !value) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: response.status, location: response.headers.get("location"), body: await response.text() };
  }
}
