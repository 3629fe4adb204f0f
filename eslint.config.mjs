import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { clientBoundary } from "./scripts/eslint-client-boundary.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Dropping keys with a rest pattern ({ $schema: _s, ...rest }) is deliberate.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { ignoreRestSiblings: true, varsIgnorePattern: "^_", argsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Rules that need types: a promise nobody awaits loses its error; a promise where a
    // callback's result is ignored (an event handler) is never awaited; a switch over a
    // union must handle every member, so a new kind of record cannot fall through.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // "use client" modules run in the browser: no server-only modules (see the rule's file).
    files: ["app/**/*.tsx", "components/**/*.tsx", "lib/**/*.ts", "lib/**/*.tsx"],
    plugins: { atlas: { rules: { "client-boundary": clientBoundary } } },
    rules: { "atlas/client-boundary": "error" },
  },
  globalIgnores([
    "dist/**",
    ".next/**",
    "lib/generated/**",
    "prisma/generated/**",
    "public/vendor/**",
    "next-env.d.ts",
    // Builds made by npm run publish:data and npm run bench.
    ".next-*/**",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    // Only the data layer (lib/data, lib/db.ts) and the seed talk to Prisma.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/data/**", "lib/db.ts", "lib/db-client.ts", "lib/seed/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/generated/*", "**/generated/*", "@prisma/*"],
              message: "Query through lib/data/, never Prisma directly.",
            },
            { group: ["@/lib/db", "**/lib/db"], message: "Query through lib/data/, never the Prisma client." },
          ],
        },
      ],
    },
  },
  {
    // Components never read data files or the seed's loaders.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/generated/*", "**/generated/*", "@prisma/*"],
              message: "Query through lib/data/, never Prisma directly.",
            },
            { group: ["@/lib/db", "**/lib/db"], message: "Query through lib/data/, never the Prisma client." },
            {
              group: ["@/lib/seed/*", "yaml", "node:fs", "fs"],
              message: "Pages read the database through lib/data/, not data files.",
            },
          ],
        },
      ],
    },
  },
]);
