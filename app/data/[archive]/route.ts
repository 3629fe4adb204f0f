import { notFound } from "next/navigation";
import { archiveName, datasetArchive } from "@/lib/datapackage/archive";
import { getDatasetMeta } from "@/lib/data/meta";

// One zip per dataset version, built with the pages; any other name is a 404.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return [{ archive: archiveName((await getDatasetMeta()).version) }];
}

/** The whole dataset as a zip: every CSV, datapackage.json, a README and the licence. */
export async function GET(_request: Request, { params }: { params: Promise<{ archive: string }> }) {
  const { archive } = await params;
  const { name, bytes } = await datasetArchive();
  if (archive !== name) notFound();
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${name}"`,
      // The name carries the version: a file under it never changes.
      "Cache-Control": "public, max-age=31536000, immutable",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
