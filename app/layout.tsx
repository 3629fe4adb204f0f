import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getCoverage, getDatasetMeta, type Coverage, type DatasetMeta } from "@/lib/data/meta";
import { env } from "@/lib/env";
import localFont from "next/font/local";
import "./globals.css";

// Inter, served from this site (no font CDN): Next.js preloads it and sizes a
// fallback to its metrics so the text does not jump when it arrives.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  display: "swap",
  variable: "--font-text",
});

// Pages are rendered from the database at build and served as static HTML;
// each is rendered again in the background at most once an hour (ISR), which
// keeps what depends on today's date (past and upcoming, "in about N months")
// right and lets a re-seeded database show without a rebuild. Why and how:
// docs/decisions/005-static-pages.md.
export const revalidate = 3600;

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
    <html lang="en-GB" className={inter.variable}>
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
