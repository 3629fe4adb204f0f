// Imported first by server/main.ts: like `next start`, the server runs in
// production whatever the shell says, and React and Next.js choose their
// production builds from NODE_ENV when they are first loaded.
(process.env as Record<string, string>).NODE_ENV = "production";
