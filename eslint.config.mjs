import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
  globalIgnores([
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
