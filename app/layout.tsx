import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getCoverage, getDatasetMeta, type Coverage, type DatasetMeta } from "@/lib/data/meta";
import { env } from "@/lib/env";
import "./globals.css";

// Pages read the database when they are served, so a re-seeded database shows
// without a rebuild and the build itself needs no database.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: "AI Factories Atlas: Europe's AI compute, sourced", template: "%s · AI Factories Atlas" },
  description:
    "An independent atlas of the EuroHPC AI Factories, AI Factory Antennas, AI Gigafactories and the supercomputers behind them, with every figure sourced and dated.",
  openGraph: { type: "website", siteName: "AI Factories Atlas" },
};

async function loadMeta(): Promise<{ meta: DatasetMeta | null; coverage: Coverage | null }> {
  try {
    const [meta, coverage] = await Promise.all([getDatasetMeta(), getCoverage()]);
    return { meta, coverage };
  } catch (error) {
    console.error("Could not read the dataset metadata", error);
    return { meta: null, coverage: null };
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { meta, coverage } = await loadMeta();
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter meta={meta} coverage={coverage} />
      </body>
    </html>
  );
}
