import { describe, expect, it } from "vitest";
import { environmentWarnings, parseEnv, trustedProxies } from "./env";

describe("environment", () => {
  it("uses the defaults when nothing is set, and counts empty values as unset", () => {
    const e = parseEnv({ SITE_URL: "", RATE_LIMIT_PER_MINUTE: " ", TRUSTED_PROXIES: "" });
    expect(e.SITE_URL).toBe("http://localhost:3000");
    expect(e.RATE_LIMIT_PER_MINUTE).toBe(600);
    expect(e.TRUSTED_PROXIES).toEqual([]);
  });

  it("names each bad variable, what it accepts and what it was given", () => {
    expect(() => parseEnv({ RATE_LIMIT_PER_MINUTE: "-5" })).toThrow(
      /RATE_LIMIT_PER_MINUTE must be a whole number from 0 to 1000000 \(it is "-5"\)/,
    );
    expect(() => parseEnv({ SITE_URL: "atlas.example.org", CACHE_SECONDS: "soon" })).toThrow(
      /SITE_URL must be an absolute http:\/\/ or https:\/\/ address[\s\S]*CACHE_SECONDS must be a whole number/,
    );
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES must be IP addresses or CIDR blocks/);
    expect(() => parseEnv({ TRUSTED_PROXIES: "nginx" })).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseEnv({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY must be 0 or 1/);
  });

  it("reads a list of trusted proxies; TRUST_PROXY=1 still means the loopback proxy, with a warning", () => {
    expect(trustedProxies(parseEnv({ TRUSTED_PROXIES: " 10.0.0.0/8 , ::1,203.0.113.5" }))).toEqual([
      "10.0.0.0/8",
      "::1",
      "203.0.113.5",
    ]);
    const legacy = parseEnv({ TRUST_PROXY: "1" });
    expect(trustedProxies(legacy)).toEqual(["127.0.0.1", "::1"]);
    expect(environmentWarnings(legacy).join(" ")).toMatch(/TRUST_PROXY=1 is deprecated/);
  });

  it("warns, without failing, when production links would point at localhost", () => {
    expect(environmentWarnings(parseEnv({ NODE_ENV: "production" })).join(" ")).toMatch(/SITE_URL is http:\/\/localhost:3000/);
    expect(environmentWarnings(parseEnv({ NODE_ENV: "production", SITE_URL: "https://atlas.example.org/" }))).toEqual([]);
    expect(parseEnv({ SITE_URL: "https://atlas.example.org/" }).SITE_URL).toBe("https://atlas.example.org");
  });
});
