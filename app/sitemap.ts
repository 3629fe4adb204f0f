import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export default function sitemap(): MetadataRoute.Sitemap {
  return ["/", "/sources"].map((path) => ({ url: `${env.SITE_URL}${path}` }));
}
