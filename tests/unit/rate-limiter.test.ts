import { describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
import { RateLimiter } from "../../server/src/http/rate-limiter.ts";
import { addressKey, clientAddress, trustedProxies } from "../../server/src/http/client-address.ts";

describe("rate limiter", () => {
  it("should allow a minute's requests at once, refuse the next with the seconds to wait, and earn them back over the minute", () => {
    const limiter = new RateLimiter(60);
    const t = 1_000_000;
    for (let i = 0; i < 60; i++) expect(limiter.take("a", t)).toBe(0);
    expect(limiter.take("a", t)).toBe(1);
    expect(limiter.take("b", t)).toBe(0);
    expect(limiter.take("a", t + 1_000)).toBe(0);
    expect(limiter.take("a", t + 1_000)).toBe(1);
  });

  it("should forget keys idle for a minute and never hold more than its cap, when addresses are sprayed", () => {
    const limiter = new RateLimiter(10, 1_000);
    for (let i = 0; i < 5_000; i++) limiter.take(`spray-${i}`, 0);
    expect(limiter.size).toBeLessThanOrEqual(1_000);
    limiter.take("later", 60_000);
    expect(limiter.size).toBe(1);
  });

  it("should not limit when the limit is 0", () => {
    const limiter = new RateLimiter(0);
    for (let i = 0; i < 1_000; i++) expect(limiter.take("a", 0)).toBe(0);
    expect(limiter.size).toBe(0);
  });
});

describe("client address", () => {
  const request = (peer: string, forwarded?: string) => ({ socket: { remoteAddress: peer }, headers: forwarded ? { "x-forwarded-for": forwarded } : {} }) as unknown as IncomingMessage;
  const trusted = trustedProxies(["127.0.0.0/8", "::1", "10.0.0.0/8"]);

  it("should believe X-Forwarded-For only from a trusted proxy, taking the right-most address it did not add", () => {
    expect(clientAddress(request("203.0.113.9", "198.51.100.1"), trusted)).toBe("203.0.113.9");
    expect(clientAddress(request("::ffff:127.0.0.1", "198.51.100.1"), trusted)).toBe("198.51.100.1");
    expect(clientAddress(request("127.0.0.1", "6.6.6.6, 198.51.100.1, 10.1.2.3"), trusted)).toBe("198.51.100.1");
    expect(clientAddress(request("127.0.0.1"), trusted)).toBe("127.0.0.1");
  });

  it("should count the addresses of one IPv6 /64 as one client", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe(addressKey("2001:db8:1:2:ffff:1:2:3"));
    expect(addressKey("2001:db8:1:3::1")).not.toBe(addressKey("2001:db8:1:2::1"));
    expect(addressKey("198.51.100.7")).toBe("198.51.100.7");
  });

  it("should refuse a TRUSTED_PROXIES entry that is not an address", () => {
    expect(() => trustedProxies(["portal.local"])).toThrow(/TRUSTED_PROXIES/);
  });
});
