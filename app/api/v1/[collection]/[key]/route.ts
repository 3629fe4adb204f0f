import { recordResponse } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/http";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ collection: string; key: string }> };

export async function GET(request: Request, { params }: Ctx) {
  const { collection, key } = await params;
  return recordResponse(request, collection, key);
}

export const HEAD = GET;

export function OPTIONS() {
  return preflight();
}
