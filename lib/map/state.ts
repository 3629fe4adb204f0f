// The map's state in the URL: what is shown, the filters, the selected entity
// and the view. Short, stable keys; defaults stay out of the URL; bad or
// unknown values fall back to defaults, never to an error.
import { z } from "zod";
import { systemStatuses, waves } from "@/lib/schemas/data";

export const entityTypes = ["factory", "antenna", "system"] as const;
export type EntityType = (typeof entityTypes)[number];
export const vendors = ["nvidia", "amd"] as const;

export type MapState = {
  types: EntityType[];
  links: boolean;
  wave?: (typeof waves)[number];
  country?: string;
  vendor?: (typeof vendors)[number];
  status?: (typeof systemStatuses)[number];
  sel?: string;
  view?: { lon: number; lat: number; zoom: number };
};

export const DEFAULT_VIEW = { lon: 12, lat: 52, zoom: 3.2 } as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const last = (v: unknown) => (Array.isArray(v) ? v[v.length - 1] : v);
// A plain form sends one "types" per ticked box; a link sends one comma list.
const joined = (v: unknown) => (Array.isArray(v) ? v.join(",") : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

const schema = z.object({
  types: z
    .preprocess(
      joined,
      z
        .string()
        .transform((s) => [
          ...new Set(s.split(",").filter((t): t is EntityType => (entityTypes as readonly string[]).includes(t))),
        ])
        .optional(),
    )
    .catch(undefined),
  links: z.preprocess(last, z.enum(["0", "1"]).optional()).catch(undefined),
  wave: opt(z.enum(waves)),
  country: opt(
    z
      .string()
      .regex(/^[a-zA-Z]{2}$/)
      .transform((s) => s.toUpperCase()),
  ),
  vendor: opt(z.enum(vendors)),
  status: opt(z.enum(systemStatuses)),
  sel: opt(z.string().regex(/^(factory|antenna|system):[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  view: opt(
    z
      .string()
      .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?$/)
      .transform((s) => s.split(",").map(Number) as [number, number, number])
      .refine(([lon, lat, zoom]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 1 && zoom <= 14),
  ),
});

/** Reads the map state from search params (an object, as pages get them); anything bad becomes the default. */
export function parseMapState(params: Record<string, string | string[] | undefined>): MapState {
  const r = schema.parse(params);
  const state: MapState = { types: r.types?.length ? r.types : [...entityTypes], links: r.links !== "0" };
  if (r.wave) state.wave = r.wave;
  if (r.country) state.country = r.country;
  if (r.vendor) state.vendor = r.vendor;
  if (r.status) state.status = r.status;
  if (r.sel) state.sel = r.sel;
  if (r.view) state.view = { lon: r.view[0], lat: r.view[1], zoom: r.view[2] };
  return state;
}

/** The query string for a state, defaults left out; coordinates rounded so the URL stays short. */
export function mapSearch(s: MapState): string {
  const p = new URLSearchParams();
  if (s.types.length && s.types.length < entityTypes.length)
    p.set("types", entityTypes.filter((t) => s.types.includes(t)).join(","));
  if (!s.links) p.set("links", "0");
  if (s.wave) p.set("wave", s.wave);
  if (s.country) p.set("country", s.country.toLowerCase());
  if (s.vendor) p.set("vendor", s.vendor);
  if (s.status) p.set("status", s.status);
  if (s.sel) p.set("sel", s.sel);
  if (s.view) p.set("view", `${round(s.view.lon, 3)},${round(s.view.lat, 3)},${round(s.view.zoom, 2)}`);
  const q = p.toString().replace(/%2C/g, ",").replace(/%3A/g, ":");
  return q ? `?${q}` : "";
}

const round = (n: number, d: number) => Number(n.toFixed(d));

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
export function filterEntities(entities: MapEntity[], s: MapState): MapEntity[] {
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
