// An ESLint rule: a module that starts with "use client" runs in the browser,
// so it may not import what only the server has: the data layer (lib/data),
// the Prisma client (lib/db, lib/db-client, the generated clients, @prisma/*),
// the seed, the environment reader (lib/env), the server (server/) and Node's
// own modules (node:*, fs, path…). `server-only` in lib/data stops such an
// import at build time too; this says so in the editor, with the reason.
// A file-content condition cannot be written as an ESLint `files` pattern,
// hence a rule rather than no-restricted-imports.
import { builtinModules } from "node:module";

const NODE = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const SERVER_ONLY = [
  [/^@\/lib\/data(\/|$)/, "lib/data queries the database: pass its results down from a server component"],
  [/^@\/lib\/(db|db-client)$/, "the Prisma client runs on the server only"],
  [/^@\/lib\/generated\//, "the Prisma client runs on the server only"],
  [/^@prisma\//, "the Prisma client runs on the server only"],
  [/^@\/lib\/seed(\/|$)/, "the seed reads data files on the server"],
  [/^@\/lib\/env$/, "the environment is the server's: pass the values a client component needs as props"],
  [/^@\/server(\/|$)/, "server/ is the production server"],
  [/^server-only$/, "this module is marked server-only"],
];

/** @type {import("eslint").Rule.RuleModule} */
export const clientBoundary = {
  meta: {
    type: "problem",
    docs: { description: 'Keep server-only modules out of "use client" modules' },
    schema: [],
    messages: { serverOnly: '"use client" module imports {{source}}: {{why}}.' },
  },
  create(context) {
    let client = false;
    const check = (node, source) => {
      if (!client || typeof source !== "string") return;
      const why = NODE.has(source)
        ? "Node's own modules do not exist in the browser"
        : SERVER_ONLY.find(([pattern]) => pattern.test(source))?.[1];
      if (why) context.report({ node, messageId: "serverOnly", data: { source, why } });
    };
    return {
      Program(program) {
        const first = program.body[0];
        client = first?.type === "ExpressionStatement" && first.directive === "use client";
      },
      ImportDeclaration(node) {
        // Type-only imports vanish at build time.
        if (node.importKind !== "type") check(node, node.source.value);
      },
      ImportExpression(node) {
        if (node.source.type === "Literal") check(node, node.source.value);
      },
      ExportNamedDeclaration(node) {
        if (node.source && node.exportKind !== "type") check(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value);
      },
    };
  },
};
