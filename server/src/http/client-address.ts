import net from "node:net";
import type { IncomingMessage } from "node:http";

/**
 * Addresses allowed to say, in `X-Forwarded-For`, whom they forward for: the portal (same machine by default) and any
 * reverse proxy listed in TRUSTED_PROXIES (addresses or CIDR blocks).
 */
export function trustedProxies(list: string[]): net.BlockList {
  const blocks = new net.BlockList();
  for (const entry of list) {
    const [address, bits] = entry.split("/");
    const type = net.isIPv6(address) ? "ipv6" : net.isIPv4(address) ? "ipv4" : null;
    if (!type) throw new Error(`TRUSTED_PROXIES: "${entry}" no es una dirección IP ni un bloque CIDR`);
    if (bits === undefined) blocks.addAddress(address, type);
    else blocks.addSubnet(address, Number(bits), type);
  }
  return blocks;
}

/**
 * The address of the client behind a request: the peer, unless the peer is a trusted proxy, in which case the
 * right-most address of `X-Forwarded-For` that is not itself a trusted proxy (a client can prepend anything to the
 * header, but not what the trusted proxies appended).
 */
export function clientAddress(req: IncomingMessage, trusted: net.BlockList): string {
  const peer = normalise(req.socket.remoteAddress ?? "");
  if (!isTrusted(peer, trusted)) return peer;
  const forwarded = String(req.headers["x-forwarded-for"] ?? "").split(",").map((s) => normalise(s.trim())).filter((s) => net.isIP(s));
  for (let i = forwarded.length - 1; i >= 0; i--) if (!isTrusted(forwarded[i], trusted)) return forwarded[i];
  return forwarded[0] ?? peer;
}

/**
 * The key a limit counts an address under: an IPv6 client holds a whole /64 (it can pick any address in it), so its
 * addresses count as one.
 */
export function addressKey(address: string): string {
  if (!net.isIPv6(address)) return address;
  const groups = expandIPv6(address);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : address;
}

function normalise(address: string): string {
  return address.startsWith("::ffff:") && net.isIPv4(address.slice(7)) ? address.slice(7) : address;
}

function isTrusted(address: string, trusted: net.BlockList): boolean {
  const type = net.isIPv6(address) ? "ipv6" : net.isIPv4(address) ? "ipv4" : null;
  return type !== null && trusted.check(address, type);
}

function expandIPv6(address: string): string[] | null {
  const [head, tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  if (right.some((g) => g.includes("."))) return null; // embedded IPv4: keep the address as it is
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  const groups = [...left, ...zeros, ...right].map((g) => parseInt(g, 16).toString(16));
  return groups.length === 8 ? groups : null;
}
