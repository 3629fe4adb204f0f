// Turns a query string into a collection's parameters, or into the list of
// what was wrong with it, parameter by parameter, with what would be accepted.
import { z } from "zod";
import type { ProblemError } from "@/lib/api/http";

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ProblemError[] };

/** Parses `search` with a strict zod object; repeated and unknown parameters are errors. */
export function parseParams<S extends z.ZodObject>(schema: S, search: URLSearchParams): Parsed<z.output<S>> {
  const allowed = Object.keys(schema.shape);
  const raw: Record<string, string> = {};
  const errors: ProblemError[] = [];
  for (const [key, value] of search) {
    if (key in raw) errors.push({ parameter: key, message: "given more than once", accepted: "one value" });
    raw[key] = value;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) errors.push({ parameter: key, message: "unknown parameter", accepted: allowed.join(", ") });
        continue;
      }
      const parameter = String(issue.path[0] ?? "(query)");
      const accepted = issue.code === "invalid_value" ? issue.values.map(String).join(", ") : undefined;
      errors.push({ parameter, message: issue.message, ...(accepted ? { accepted } : {}) });
    }
  }
  if (errors.length) return { ok: false, errors };
  if (!result.success) return { ok: false, errors: [{ parameter: "(query)", message: "invalid" }] };
  return { ok: true, value: result.data };
}
