import { cacheable, preflight } from "@/lib/api/http";
import { env } from "@/lib/env";
import { collectionNames } from "@/lib/schemas/api";

export const dynamic = "force-dynamic";

/** The API's index: its collections and where its description is. */
export function GET(request: Request) {
  const body = JSON.stringify({
    collections: collectionNames.map((name) => ({ name, url: `${env.SITE_URL}/api/v1/${name}` })),
    openapi: `${env.SITE_URL}/api/v1/openapi.json`,
    documentation: `${env.SITE_URL}/api`,
    licence: "CC BY 4.0",
  });
  return cacheable(request, body, "application/json; charset=utf-8");
}

export const HEAD = GET;

export function OPTIONS() {
  return preflight();
}
