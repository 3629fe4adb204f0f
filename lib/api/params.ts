// Turns a query string into a collection's parameters, or into the list of
// what was wrong with it, parameter by parameter, with what would be accepted.
import { z } from "zod";
import type { ProblemError } from "@/lib/api/http";

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ProblemError[] };

/** More parameters than any query needs: past this the request is refused before any is read. */
export const MAX_PARAMETERS = 20;

/** Parses `search` with a strict zod object; repeated, unknown and too many parameters are errors. */
export function parseParams<S extends z.ZodObject>(schema: S, search: URLSearchParams): Parsed<z.output<S>> {
  const allowed = Object.keys(schema.shape);
  const count = [...search.keys()].length;
  if (count > MAX_PARAMETERS) {
    return {
      ok: false,
      errors: [{ parameter: "(query)", message: `${count} parameters given`, accepted: `at most ${MAX_PARAMETERS}` }],
    };
  }
  // A Map, not an object: a parameter called "constructor" or "__proto__" is a parameter like any other.
  const raw = new Map<string, string>();
  const errors: ProblemError[] = [];
  for (const [key, value] of search) {
    if (raw.has(key)) errors.push({ parameter: key.slice(0, 60), message: "given more than once", accepted: "one value" });
    raw.set(key, value);
  }
  const result = schema.safeParse(Object.fromEntries(raw));
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          errors.push({ parameter: key.slice(0, 60), message: "unknown parameter", accepted: allowed.join(", ") });
        }
        continue;
      }
      const parameter = String(issue.path[0] ?? "(query)").slice(0, 60);
      const accepted = issue.code === "invalid_value" ? issue.values.map(String).join(", ") : undefined;
      errors.push({ parameter, message: issue.message, ...(accepted ? { accepted } : {}) });
    }
  }
  if (errors.length) return { ok: false, errors };
  if (!result.success) return { ok: false, errors: [{ parameter: "(query)", message: "invalid" }] };
  return { ok: true, value: result.data };
}
