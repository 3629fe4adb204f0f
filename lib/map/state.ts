// The map's state in the URL: what is shown, the filters, the selected entity
// and the view. One parser map (nuqs) read by the page on the server, by the
// map's client island and by the downloads (/map.csv, /map.geojson), so all
// three understand a link the same way. Short, stable keys; defaults stay out
// of the URL; bad or unknown values fall back to defaults, never to an error;
// older and form-encoded shapes of a link are rewritten first (mapMigrations).
// No zod here: this module ships to the browser with the map, and zod and the
// data-file schemas stay on the server (state.test.ts checks the lists below
// against lib/schemas/data.ts).
import { createLoader, createParser, createSerializer } from "nuqs/server";
import { applyMigrations, type Migration } from "@/lib/url-migrations";

export const entityTypes = ["factory", "antenna", "system"] as const;
export type EntityType = (typeof entityTypes)[number];
export const vendors = ["nvidia", "amd"] as const;
/** The selection waves and system statuses of lib/schemas/data.ts, copied so the browser needs no zod. */
export const mapWaves = ["2024-12", "2025-03", "2025-10"] as const;
export const mapStatuses = ["operational", "installing", "planned"] as const;

export type MapView = { lon: number; lat: number; zoom: number };
export type MapState = {
  types: EntityType[];
  links: boolean;
  wave?: (typeof mapWaves)[number];
  country?: string;
  vendor?: (typeof vendors)[number];
  status?: (typeof mapStatuses)[number];
  sel?: string;
  view?: MapView;
};

export const DEFAULT_VIEW = { lon: 12, lat: 52, zoom: 3.2 } as const;

const round = (n: number, d: number) => Number(n.toFixed(d));
const literal = <T extends string>(values: readonly T[]) =>
  createParser<T>({ parse: (v) => ((values as readonly string[]).includes(v) ? (v as T) : null), serialize: (v) => v });

/** The map's URL parameters: one parser per key. */
export const mapParsers = {
  // Known types only, each once, in the canonical order when written.
  types: createParser<EntityType[]>({
    parse: (v) => {
      const types = [...new Set(v.split(",").filter((t): t is EntityType => (entityTypes as readonly string[]).includes(t)))];
      return types.length ? types : null;
    },
    serialize: (types) => entityTypes.filter((t) => types.includes(t)).join(","),
    eq: (a, b) => a.length === b.length && a.every((t) => b.includes(t)),
  }).withDefault([...entityTypes]),
  links: createParser<boolean>({
    parse: (v) => (v === "1" ? true : v === "0" ? false : null),
    serialize: (b) => (b ? "1" : "0"),
  }).withDefault(true),
  wave: literal(mapWaves),
  country: createParser<string>({
    parse: (v) => (/^[a-zA-Z]{2}$/.test(v) ? v.toUpperCase() : null),
    serialize: (v) => v.toLowerCase(),
  }),
  vendor: literal(vendors),
  status: literal(mapStatuses),
  sel: createParser<string>({
    parse: (v) => (/^(factory|antenna|system):[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v) ? v : null),
    serialize: (v) => v,
  }),
  // lon,lat,zoom; rounded when written so the URL stays short.
  view: createParser<MapView>({
    parse: (v) => {
      if (!/^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$/.test(v)) return null;
      const [lon, lat, zoom] = v.split(",").map(Number) as [number, number, number];
      return Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 1 && zoom <= 14 ? { lon, lat, zoom } : null;
    },
    serialize: (v) => `${round(v.lon, 3)},${round(v.lat, 3)},${round(v.zoom, 2)}`,
    eq: (a, b) => a.lon === b.lon && a.lat === b.lat && a.zoom === b.zoom,
  }),
};

/** Rewrites applied to a map link before it is parsed, oldest shapes first, so old and form-made links keep working. */
export const mapMigrations: Migration[] = [
  {
    why: "A plain form (no JavaScript) sends one types= per ticked box; the URL keeps one comma list.",
    apply: (p) => {
      const all = p.getAll("types");
      if (all.length > 1) p.set("types", all.join(","));
    },
  },
  {
    why: "A plain form sends links=0 from a hidden field and then links=1 when the box is ticked: the last one is meant.",
    apply: (p) => {
      const all = p.getAll("links");
      if (all.length > 1) p.set("links", all[all.length - 1]!);
    },
  },
  {
    why: "Early links named the selection selected= and the entity types type=.",
    apply: (p) => {
      for (const [old, now] of [
        ["selected", "sel"],
        ["type", "types"],
      ] as const) {
        if (p.has(old) && !p.has(now)) p.set(now, p.get(old)!);
        p.delete(old);
      }
    },
  },
];

/** The address a link with older parameter names should move to, or null when the migrations change nothing. */
export function migratedMapSearch(params: URLSearchParams): string | null {
  const migrated = applyMigrations(params, mapMigrations);
  const a = new URLSearchParams(params);
  a.sort();
  migrated.sort();
  return a.toString() === migrated.toString() ? null : mapSearch(parseMapState(migrated));
}

const load = createLoader(mapParsers);
const serialize = createSerializer(mapParsers);

/** Reads the map state from search params (a page's object, or URLSearchParams); anything bad becomes the default. */
export function parseMapState(params: Record<string, string | string[] | undefined> | URLSearchParams): MapState {
  const r = load(applyMigrations(params, mapMigrations));
  const state: MapState = { types: r.types, links: r.links };
  if (r.wave) state.wave = r.wave;
  if (r.country) state.country = r.country;
  if (r.vendor) state.vendor = r.vendor;
  if (r.status) state.status = r.status;
  if (r.sel) state.sel = r.sel;
  if (r.view) state.view = r.view;
  return state;
}

/** The query string for a state, defaults left out ("" for the default view). */
export function mapSearch(s: MapState): string {
  return serialize({
    types: s.types.length ? s.types : null,
    links: s.links,
    wave: s.wave ?? null,
    country: s.country ?? null,
    vendor: s.vendor ?? null,
    status: s.status ?? null,
    sel: s.sel ?? null,
    view: s.view ?? null,
  });
}

export type MapEntity = {
  id: string;
  type: EntityType;
  slug: string;
  name: string;
  href: string;
  countryCode: string;
  countryName: string;
  city: string | null;
  lat: number;
  lon: number;
  wave: string | null;
  status: string | null;
  vendor: string | null;
  /** Accelerator count (systems), which sizes the point; null when not known. */
  size: number | null;
  /** Factory ids an antenna links to. */
  links: string[];
  /** Plain descriptive lines for the panel (host, wave, linked factories). */
  details: string[];
  /** Key figures for the panel, each with its source and date. */
  facts: { label: string; value: string; sourceId: string; publisher: string; asOf: string }[];
};

/** The entities the state shows. Wave filters factories; vendor and status filter systems; country filters all. */
export function filterEntities<T extends MapEntity>(entities: T[], s: MapState): T[] {
  return entities.filter(
    (e) =>
      s.types.includes(e.type) &&
      (!s.country || e.countryCode === s.country) &&
      (!s.wave || e.type !== "factory" || e.wave === s.wave) &&
      (!s.vendor || e.type !== "system" || e.vendor?.toLowerCase() === s.vendor) &&
      (!s.status || e.type !== "system" || e.status === s.status),
  );
}

/** How many of each type the state shows. */
export function countByType(entities: MapEntity[]): Record<EntityType, number> {
  const counts = { factory: 0, antenna: 0, system: 0 };
  for (const e of entities) counts[e.type] += 1;
  return counts;
}

const typeWords: Record<EntityType, string> = { factory: "AI Factories", antenna: "Antennas", system: "supercomputers" };
const listWords = (words: string[]) =>
  words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;

/**
 * A title for a map view, for citations and the exported image: what is shown and the filters in force,
 * e.g. "Map of AI Factories and Antennas in Finland, second wave (March 2025), without Antenna links".
 */
export function mapViewTitle(s: MapState, names: { country?: string; wave?: string } = {}): string {
  const types = entityTypes.filter((t) => s.types.includes(t)).map((t) => typeWords[t]);
  const parts = [`Map of ${listWords(types)}`];
  if (s.country) parts[0] += ` in ${names.country ?? s.country.toUpperCase()}`;
  if (s.wave) parts.push(`AI Factories of the ${(names.wave ?? s.wave).replace(/^./, (c) => c.toLowerCase())}`);
  if (s.vendor) parts.push(`systems with ${s.vendor === "nvidia" ? "NVIDIA" : "AMD"} accelerators`);
  if (s.status) parts.push(`${s.status} systems`);
  if (!s.links && s.types.includes("antenna")) parts.push("without Antenna links");
  return parts.join(", ");
}
