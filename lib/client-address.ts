// Who the client is, for rate limiting and logs. The socket's address is the
// only thing a client cannot choose; X-Forwarded-For is believed only as far as
// it was written by proxies we trust (TRUSTED_PROXIES). Each trusted proxy
// appends the address it received the request from, so reading the header from
// the right, the first address that is not one of our proxies is the client;
// anything further left was sent by the client itself and may be forged.
// See docs/decisions/006-rate-limiting.md.
import { BlockList, isIP } from "node:net";

export type ProxyMatcher = { trusts: (address: string) => boolean };

/** "::ffff:203.0.113.7" (IPv4 on a dual-stack socket) is 203.0.113.7; anything else unchanged. */
export function normaliseAddress(address: string): string {
  const a = address.trim();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(a);
  return mapped?.[1] ?? a;
}

/** A matcher for a list of addresses and CIDR blocks (already validated by lib/env.ts). */
export function proxyMatcher(entries: readonly string[]): ProxyMatcher {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return {
    trusts(address) {
      const a = normaliseAddress(address);
      const family = isIP(a);
      return family !== 0 && entries.length > 0 && list.check(a, family === 6 ? "ipv6" : "ipv4");
    },
  };
}

/**
 * The client's address: the socket's peer, or, when that peer is a trusted
 * proxy, the right-most X-Forwarded-For entry that no trusted proxy wrote.
 * An entry that is not an address stops the walk at the last trusted hop.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  proxies: ProxyMatcher,
): string {
  let client = normaliseAddress(socketAddress ?? "") || "unknown";
  if (!proxies.trusts(client) || forwardedFor === undefined) return client;
  // Several X-Forwarded-For headers count as one list, in order (RFC 9110 §5.3).
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  // Only the right end matters, and a proxy chain is short: read at most 20 hops.
  const hops = header.split(",").slice(-20);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(hops[i] ?? "");
    if (!isIP(hop)) return client;
    client = hop;
    if (!proxies.trusts(hop)) return client;
  }
  return client;
}

/**
 * The rate-limit key for an address: IPv4 as is, IPv6 by its /64 network,
 * because one subscriber usually holds a whole /64 and could rotate through it.
 */
export function rateLimitKey(address: string): string {
  if (isIP(address) !== 6) return address.slice(0, 45);
  const full = expandIpv6(address);
  return full ? `${full.slice(0, 4).join(":")}::/64` : address.slice(0, 45);
}

/** The eight groups of an IPv6 address, or null. */
function expandIpv6(address: string): string[] | null {
  let a = address.toLowerCase().split("%")[0] ?? "";
  // An embedded IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) becomes two groups.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(a);
  if (v4) {
    const [b1, b2, b3, b4] = v4.slice(1).map(Number) as [number, number, number, number];
    a = `${a.slice(0, v4.index)}${((b1 << 8) | b2).toString(16)}:${((b3 << 8) | b4).toString(16)}`;
  }
  const [head = "", tail] = a.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  return [...left, ...Array<string>(missing).fill("0"), ...right].map((g) => g.padStart(4, "0"));
}
