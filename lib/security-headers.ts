// Security headers, defined once: next.config.ts sends them on what Next.js
// answers in development, and the production server (server/) on every
// response it writes, errors, redirects, 405, 429, 431 and 503 included.
// The Content-Security-Policy is built in lib/csp.ts.

/** Headers for every response. HSTS only in production: it would pin localhost to HTTPS. */
export function securityHeaders(production: boolean): [string, string][] {
  return [
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"],
    // Nothing in the atlas is meant to be embedded in another site's frame.
    ["X-Frame-Options", "DENY"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ...(production ? [["Strict-Transport-Security", "max-age=63072000; includeSubDomains"] as [string, string]] : []),
  ];
}
