// The lint rule that keeps server-only modules out of "use client" modules.
import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import { clientBoundary } from "../../scripts/eslint-client-boundary.mjs";

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: "module" } });

tester.run("client-boundary", clientBoundary, {
  valid: [
    // a server component may import anything
    'import { listSystems } from "@/lib/data/systems"; import fs from "node:fs";',
    // a client component may import client-safe modules
    '"use client"; import { formatNumber } from "@/lib/format"; import { useState } from "react";',
    // "use client" must come first to count
    'import "@/lib/format"; "use client"; import { getDb } from "@/lib/db";',
  ],
  invalid: [
    { code: '"use client"; import { listSystems } from "@/lib/data/systems";', errors: [{ messageId: "serverOnly" }] },
    { code: '"use client"; import { getDb } from "@/lib/db";', errors: [{ messageId: "serverOnly" }] },
    { code: '"use client"; import { PrismaClient } from "@prisma/client";', errors: [{ messageId: "serverOnly" }] },
    { code: '"use client"; import fs from "node:fs"; import path from "path";', errors: 2 },
    { code: '"use client"; import { env } from "@/lib/env";', errors: [{ messageId: "serverOnly" }] },
    { code: '"use client"; export { listSystems } from "@/lib/data/systems";', errors: [{ messageId: "serverOnly" }] },
    { code: '"use client"; const m = import("@/lib/data/map");', errors: [{ messageId: "serverOnly" }] },
  ],
});
