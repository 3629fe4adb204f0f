import { collectionResponse } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/http";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ collection: string }> };

export async function GET(request: Request, { params }: Ctx) {
  return collectionResponse(request, (await params).collection);
}

export const HEAD = GET;

export function OPTIONS() {
  return preflight();
}
