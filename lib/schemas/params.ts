// zod schemas for what pages read from the URL. Pages fall back to defaults on
// bad input (a helpful page, never an error); the API will answer 400 instead.
import { z } from "zod";
import { sourceKinds } from "@/lib/schemas/data";

const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const sourcesQuery = z.object({
  kind: z.preprocess(firstValue, z.enum(sourceKinds).optional()).catch(undefined),
});

export type SourcesQuery = z.infer<typeof sourcesQuery>;

/** Parses a page's searchParams object; never throws. */
export function parseSourcesQuery(params: Record<string, string | string[] | undefined>): SourcesQuery {
  return sourcesQuery.parse(params);
}
