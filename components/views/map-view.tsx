import type { RawParams } from "@/lib/url";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AtlasExplorer } from "@/components/map/atlas-explorer";
import { LivePoints } from "@/components/map/live-points";
import { StaticAtlasMap, toSvgPoints } from "@/components/map/static-atlas-map";
import { citeBase } from "@/components/ui/cite-view";
import { listCountries } from "@/lib/data/countries";
import { getDatasetMeta } from "@/lib/data/meta";
import { listCountryRoles, listMapEntities } from "@/lib/data/map";
import { europeBasemapGeoJson } from "@/lib/map/basemap-geojson";
import { spreadColocated } from "@/lib/map/placement";
import { mapSearch, parseMapState } from "@/lib/map/state";
import { canonicalTarget } from "@/lib/url";

export const mapMetadata: Metadata = {
  title: "Map",
  description:
    "The atlas: AI Factories by selection wave, Antennas and their links, and the supercomputers, on a map of Europe with a list of everything shown.",
};

/** The page for any URL state (an empty object is the default view, which is built statically). */
export async function MapView({ params }: { params: RawParams }) {
  const state = parseMapState(params);
  const canonical = canonicalTarget("/map", params, mapSearch(state));
  if (canonical) redirect(canonical);

  const [entities, roles, countries, meta] = await Promise.all([
    listMapEntities(),
    listCountryRoles(),
    listCountries(),
    getDatasetMeta(),
  ]);
  // In order of importance, so where names would overlap the map keeps the host countries' ones.
  const roleRank = (code: string) => ["factory", "antenna", "partner", "participant"].indexOf(roles[code] ?? "") >>> 0;
  const countryLabels = europeBasemapGeoJson()
    .features.flatMap((f) =>
      f.properties.code && roles[f.properties.code]
        ? [{ code: f.properties.code, name: f.properties.name, lon: f.properties.labelLon, lat: f.properties.labelLat }]
        : [],
    )
    .sort((a, b) => roleRank(a.code) - roleRank(b.code) || a.name.localeCompare(b.name));
  // Every entity is placed and projected once; the island shows the ones the state selects.
  const placed = spreadColocated(entities);
  const withEntities = countries.filter((c) => entities.some((e) => e.countryCode === c.code));

  return (
    <>
      <h1>Map of Europe&apos;s AI compute</h1>
      <p className="lede">
        AI Factories by selection wave, Antennas with their links, and supercomputers sized by accelerator count.
      </p>
      <AtlasExplorer
        key={mapSearch(state)}
        entities={entities}
        roles={roles}
        countries={withEntities.map((c) => ({ code: c.code, name: c.name }))}
        countryLabels={countryLabels}
        initial={state}
        cite={citeBase(meta)}
        help={
          <p className="provenance map-help">
            Countries are shaded by their role. Everything on the map is also in the list, which works with the keyboard; choose
            an entry to see its key figures and their sources. To move the map, use two fingers on a touch screen, or hold Ctrl (⌘
            on a Mac) while turning the mouse wheel; with the keyboard, focus the map and use the arrow keys, + and −.
          </p>
        }
      >
        <StaticAtlasMap
          entities={placed}
          showLinks={state.links}
          selectedId={state.sel}
          title="Map of the AI Factories, Antennas and supercomputers shown in the list"
          points={<LivePoints points={toSvgPoints(placed)} />}
        />
      </AtlasExplorer>
    </>
  );
}
