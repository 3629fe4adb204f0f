import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, proxyMatcher, rateLimitKey } from "./client-address";

const none = proxyMatcher([]);
const nginx = proxyMatcher(["127.0.0.1", "::1"]);
const chain = proxyMatcher(["10.0.0.0/8", "fd00::/8"]);

describe("client address", () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:203.0.113.7", "1.1.1.1, 2.2.2.2", none)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", undefined, none)).toBe("203.0.113.7");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddress("203.0.113.7", "127.0.0.1", nginx)).toBe("203.0.113.7");
  });

  it("behind a trusted proxy takes the right-most entry, which the proxy appended, not the client's forged ones", () => {
    // nginx's $proxy_add_x_forwarded_for appends the peer it saw to what the client sent
    expect(clientAddress("127.0.0.1", "6.6.6.6, 203.0.113.7", nginx)).toBe("203.0.113.7");
    expect(clientAddress("127.0.0.1", ["6.6.6.6", "203.0.113.7"], nginx)).toBe("203.0.113.7");
  });

  it("walks through a chain of trusted proxies and stops at the first untrusted hop", () => {
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.1.2.3", chain)).toBe("203.0.113.7");
    expect(clientAddress("fd00::2", "2001:db8::1, fd12::1", chain)).toBe("2001:db8::1");
  });

  it("stops at the last trusted hop when an entry is not an address", () => {
    expect(clientAddress("10.0.0.2", "203.0.113.7, not-an-ip, 10.1.2.3", chain)).toBe("10.1.2.3");
    expect(clientAddress("10.0.0.2", "x".repeat(10_000), chain)).toBe("10.0.0.2");
  });

  it("takes the left-most entry when every hop is trusted", () => {
    expect(clientAddress("10.0.0.2", "10.9.9.9, 10.1.2.3", chain)).toBe("10.9.9.9");
  });

  it("reads IPv4 on a dual-stack socket as IPv4", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(nginx.trusts("::ffff:127.0.0.1")).toBe(true);
  });
});

describe("rate-limit key", () => {
  it("is the IPv4 address, and the /64 network for IPv6", () => {
    expect(rateLimitKey("203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitKey("2001:db8:1:2:aaaa::1")).toBe("2001:0db8:0001:0002::/64");
    expect(rateLimitKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:0db8:0001:0002::/64");
    expect(rateLimitKey("::1")).toBe("0000:0000:0000:0000::/64");
  });
});
