import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes } from "./csp";

const sha = (s: string) => `sha256-${createHash("sha256").update(s, "utf8").digest("base64")}`;

describe("hash-based Content-Security-Policy", () => {
  it("hashes each inline script's exact text, once, and skips scripts with src", () => {
    const html = `<html><head><script src="/_next/a.js" async=""></script><script>self.__next_f=[]</script></head>
<body><script id="_R_">(()=>{"é";})()</script><SCRIPT type="application/ld+json">{"a":1}</SCRIPT><script>self.__next_f=[]</script><script data-src="x">1</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha("self.__next_f=[]"), sha('(()=>{"é";})()'), sha('{"a":1}'), sha("1")]);
  });

  it("lists the hashes in script-src beside 'self', without 'unsafe-inline' or a nonce", () => {
    const csp = contentSecurityPolicy(["sha256-abc="]);
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'sha256-abc='");
    expect(csp).not.toMatch(/nonce-|strict-dynamic|unsafe-eval/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(contentSecurityPolicy()).toContain("script-src 'self';");
  });
});
