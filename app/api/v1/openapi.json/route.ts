import { cacheable, preflight } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return cacheable(request, JSON.stringify(openApiDocument(env.SITE_URL), null, 2), "application/json; charset=utf-8");
}

export const HEAD = GET;

export function OPTIONS() {
  return preflight();
}
