"use client";

// Client only: MapLibre GL needs window and WebGL. Loaded with next/dynamic by
// the atlas explorer, so its code ships only to pages that show the map. It
// adds its sources and layers after `load`, uses stable layer ids, and removes
// the map on unmount. No tiles, fonts or sprites: the only source is the
// atlas's own basemap GeoJSON, and country names are HTML markers.
import * as maplibregl from "maplibre-gl";
import type { GeoJSONSource, MapMouseEvent } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useRef } from "react";
import { BORDER, pointColors, roleFills, SEA, waveColors } from "@/lib/map/colors";
import { EUROPE_BOUNDS } from "@/lib/map/bounds";
import { overlaps } from "@/lib/map/boxes";
import { DEFAULT_VIEW, type MapEntity } from "@/lib/map/state";

export type Placed = MapEntity & { siteLat: number; siteLon: number; siteSize: number };
export type View = { lon: number; lat: number; zoom: number };

type Props = {
  entities: Placed[];
  roles: Record<string, string>;
  countryLabels: { code: string; name: string; lon: number; lat: number }[];
  showLinks: boolean;
  selectedId: string | undefined;
  /** The view from the URL; without one the map frames everything shown. */
  view: View | undefined;
  onSelect: (id: string) => void;
  onView: (view: View) => void;
  onReady: (api: MapExporter | null) => void;
  onFail: () => void;
  /** Called with a sentence describing the view after the reader moved the map with the keyboard. */
  onKeyboardMove?: (text: string) => void;
};

/** "Zoom 5, centred near 50.1° N, 10.2° E; 12 points in view." */
function describeView(map: maplibregl.Map): string {
  const c = map.getCenter();
  const inView = map.queryRenderedFeatures({ layers: POINT_LAYERS }).length;
  const lat = `${Math.abs(c.lat).toFixed(1)}° ${c.lat >= 0 ? "N" : "S"}`;
  const lon = `${Math.abs(c.lng).toFixed(1)}° ${c.lng >= 0 ? "E" : "W"}`;
  return `Map zoom ${map.getZoom().toFixed(1)}, centred near ${lat}, ${lon}; ${inView} point${inView === 1 ? "" : "s"} in view.`;
}

const POINT_LAYERS = ["entities-antennas", "entities-factories", "entities-systems"];

/** A drawn point's name and where it is on the exported image, in image pixels. */
export type PointLabel = { x: number; y: number; name: string; type: string };
export type MapExporter = { toPng: () => Promise<Blob | null>; pointLabels: () => PointLabel[] };
const WORKER_URL = "/vendor/maplibre-gl-worker.mjs";

function pointsGeoJson(entities: Placed[], selectedId: string | undefined): GeoJSON.FeatureCollection {
  return {
    type: "FeatureCollection",
    features: entities.map((e) => ({
      type: "Feature",
      id: e.id,
      geometry: { type: "Point", coordinates: [e.lon, e.lat] },
      properties: { id: e.id, type: e.type, name: e.name, wave: e.wave ?? "", size: e.size ?? -1, selected: e.id === selectedId },
    })),
  };
}

function linksGeoJson(entities: Placed[]): GeoJSON.FeatureCollection {
  const at = new Map(entities.map((e) => [e.id, [e.lon, e.lat]]));
  return {
    type: "FeatureCollection",
    features: entities.flatMap((e) =>
      e.links.flatMap((f) => {
        const a = at.get(e.id);
        const b = at.get(f);
        return a && b
          ? [{ type: "Feature" as const, properties: {}, geometry: { type: "LineString" as const, coordinates: [a, b] } }]
          : [];
      }),
    ),
  };
}

export default function MapCanvas(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  // Create the map once.
  useEffect(() => {
    if (!container.current) return;
    maplibregl.setWorkerUrl(WORKER_URL);
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: container.current,
        style: { version: 8, sources: {}, layers: [{ id: "sea", type: "background", paint: { "background-color": SEA } }] },
        center: [props.view?.lon ?? DEFAULT_VIEW.lon, props.view?.lat ?? DEFAULT_VIEW.lat],
        zoom: props.view?.zoom ?? DEFAULT_VIEW.zoom,
        renderWorldCopies: false,
        minZoom: 2,
        maxZoom: 12,
        maxBounds: [
          [EUROPE_BOUNDS[0] - 20, EUROPE_BOUNDS[1] - 10],
          [EUROPE_BOUNDS[2] + 20, EUROPE_BOUNDS[3] + 10],
        ],
        attributionControl: { compact: false, customAttribution: "Country outlines: Natural Earth" },
        canvasContextAttributes: { preserveDrawingBuffer: true },
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        // The page scrolls over the map: two fingers on a touch screen, Ctrl or ⌘ with the wheel, to move the map.
        cooperativeGestures: true,
      });
    } catch {
      props.onFail();
      return;
    }
    mapRef.current = map;
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
    map
      .getCanvas()
      .setAttribute(
        "aria-label",
        "Interactive map of the AI Factories, Antennas and supercomputers. Every point is also in the list beside the map, which works with the keyboard.",
      );
    map.on("error", (e) => {
      if (!map.isStyleLoaded()) console.error("Map error", e.error);
    });

    map.on("load", () => {
      const p = latest.current;
      const roleMatch: maplibregl.ExpressionSpecification = [
        "match",
        ["get", "code"],
        ...Object.entries(p.roles).flatMap(([code, role]) => [code, roleFills[role] ?? roleFills.other!]),
        roleFills.other!,
      ] as unknown as maplibregl.ExpressionSpecification;
      map.addSource("basemap", { type: "geojson", data: "/map/basemap.geojson" });
      map.addLayer({ id: "countries-fill", type: "fill", source: "basemap", paint: { "fill-color": roleMatch } });
      map.addLayer({ id: "countries-line", type: "line", source: "basemap", paint: { "line-color": BORDER, "line-width": 0.6 } });
      map.addSource("links", { type: "geojson", data: linksGeoJson(p.entities) });
      map.addLayer({
        id: "links",
        type: "line",
        source: "links",
        layout: { visibility: p.showLinks ? "visible" : "none" },
        paint: { "line-color": pointColors.link, "line-width": 1.4, "line-dasharray": [3, 2], "line-opacity": 0.85 },
      });
      map.addSource("entities", { type: "geojson", data: pointsGeoJson(p.entities, p.selectedId) });
      const stroke: maplibregl.ExpressionSpecification = ["case", ["get", "selected"], pointColors.selected, pointColors.outline];
      const strokeWidth: maplibregl.ExpressionSpecification = ["case", ["get", "selected"], 3.5, 1.5];
      map.addLayer({
        id: "entities-antennas",
        type: "circle",
        source: "entities",
        filter: ["==", ["get", "type"], "antenna"],
        paint: {
          "circle-radius": 5.5,
          "circle-color": pointColors.antenna,
          "circle-stroke-color": stroke,
          "circle-stroke-width": strokeWidth,
        },
      });
      map.addLayer({
        id: "entities-factories",
        type: "circle",
        source: "entities",
        filter: ["==", ["get", "type"], "factory"],
        paint: {
          "circle-radius": 7,
          "circle-color": [
            "match",
            ["get", "wave"],
            ...Object.entries(waveColors).flat(),
            pointColors.factory,
          ] as unknown as maplibregl.ExpressionSpecification,
          "circle-stroke-color": stroke,
          "circle-stroke-width": strokeWidth,
        },
      });
      map.addLayer({
        id: "entities-systems",
        type: "circle",
        source: "entities",
        filter: ["==", ["get", "type"], "system"],
        paint: {
          "circle-radius": [
            "case",
            ["<", ["get", "size"], 0],
            6,
            ["min", 18, ["max", 4, ["+", 3, ["/", ["sqrt", ["get", "size"]], 10]]]],
          ],
          "circle-color": ["case", ["<", ["get", "size"], 0], pointColors.unknownSize, pointColors.system],
          "circle-opacity": ["case", ["<", ["get", "size"], 0], 1, 0.75],
          "circle-stroke-color": [
            "case",
            ["get", "selected"],
            pointColors.selected,
            ["<", ["get", "size"], 0],
            pointColors.system,
            pointColors.outline,
          ],
          "circle-stroke-width": ["case", ["get", "selected"], 3.5, ["<", ["get", "size"], 0], 2, 1.5],
        },
      });
      const labels: HTMLElement[] = [];
      for (const c of p.countryLabels) {
        const el = document.createElement("div");
        el.className = "country-label";
        el.textContent = c.name;
        el.setAttribute("aria-hidden", "true");
        new maplibregl.Marker({ element: el }).setLngLat([c.lon, c.lat]).addTo(map);
        labels.push(el);
      }
      // Country names that would overlap are hidden, first come first kept (the list is in order of importance).
      const declutter = () => {
        const kept: DOMRect[] = [];
        for (const el of labels) {
          el.style.visibility = "";
          const r = el.getBoundingClientRect();
          const clash = kept.some((k) => overlaps(r, k, 4));
          if (clash) el.style.visibility = "hidden";
          else kept.push(r);
        }
      };
      declutter();
      map.on("moveend", declutter);
      const popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false, className: "hover-label" });
      const hoverCapable = window.matchMedia("(hover: hover)").matches;
      const pick = (e: MapMouseEvent) =>
        map.queryRenderedFeatures(
          [
            [e.point.x - 5, e.point.y - 5],
            [e.point.x + 5, e.point.y + 5],
          ],
          { layers: POINT_LAYERS },
        );
      map.on("mousemove", (e) => {
        const f = pick(e)[0];
        map.getCanvas().style.cursor = f ? "pointer" : "";
        if (f && hoverCapable)
          popup
            .setLngLat(e.lngLat)
            .setText(String(f.properties?.name ?? ""))
            .addTo(map);
        else popup.remove();
      });
      map.on("mouseout", () => popup.remove());
      // A name shown on hover goes when the map moves under it.
      map.on("movestart", () => popup.remove());
      map.on("click", (e) => {
        const f = pick(e)[0];
        if (f?.properties?.id) latest.current.onSelect(String(f.properties.id));
      });
      // Only the reader's own panning and zooming goes into the URL.
      map.on("moveend", (e) => {
        if (!e.originalEvent) return;
        const c = map.getCenter();
        latest.current.onView({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
        // Panning and zooming with the keys is said aloud (the live region is in atlas-explorer).
        if (e.originalEvent instanceof KeyboardEvent) latest.current.onKeyboardMove?.(describeView(map));
      });
      if (!p.view && p.entities.length) {
        const lons = p.entities.map((x) => x.lon);
        const lats = p.entities.map((x) => x.lat);
        map.fitBounds(
          [
            [Math.min(...lons), Math.min(...lats)],
            [Math.max(...lons), Math.max(...lats)],
          ],
          // Points close together (one city, one country) keep their surroundings in view.
          { padding: 36, duration: 0, maxZoom: 6 },
        );
      }
      // How many points are drawn, for readers' tools and the end-to-end tests;
      // the map object itself is on window.__atlasMap for the same reason.
      map.on("idle", () => {
        container.current?.setAttribute(
          "data-rendered-points",
          String(map.queryRenderedFeatures({ layers: POINT_LAYERS }).length),
        );
      });
      (window as unknown as { __atlasMap?: maplibregl.Map }).__atlasMap = map;
      p.onReady({
        toPng: () =>
          new Promise((resolve) => {
            map.once("render", () => map.getCanvas().toBlob((b) => resolve(b), "image/png"));
            map.triggerRepaint();
          }),
        pointLabels: () => {
          const canvas = map.getCanvas();
          const scale = canvas.clientWidth ? canvas.width / canvas.clientWidth : 1;
          const seen = new Set<string>();
          return map.queryRenderedFeatures({ layers: POINT_LAYERS }).flatMap((f) => {
            const id = String(f.properties?.id ?? "");
            if (!id || seen.has(id) || f.geometry.type !== "Point") return [];
            seen.add(id);
            const xy = map.project(f.geometry.coordinates as [number, number]);
            return [
              {
                x: xy.x * scale,
                y: xy.y * scale,
                name: String(f.properties?.name ?? ""),
                type: String(f.properties?.type ?? ""),
              },
            ];
          });
        },
      });
      container.current?.setAttribute("data-map-ready", "true");
    });

    return () => {
      latest.current.onReady(null);
      map.remove();
      mapRef.current = null;
    };
    // The map is created once; later changes flow through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Points, links and selection follow the filters.
  useEffect(() => {
    const map = mapRef.current;
    if (!map?.isStyleLoaded()) return;
    void (map.getSource("entities") as GeoJSONSource | undefined)?.setData(pointsGeoJson(props.entities, props.selectedId));
    void (map.getSource("links") as GeoJSONSource | undefined)?.setData(linksGeoJson(props.entities));
    if (map.getLayer("links")) map.setLayoutProperty("links", "visibility", props.showLinks ? "visible" : "none");
  }, [props.entities, props.selectedId, props.showLinks]);

  // Choosing in the list moves the map to the point.
  useEffect(() => {
    const map = mapRef.current;
    const selected = props.entities.find((e) => e.id === props.selectedId);
    if (!map || !selected) return;
    const bounds = map.getBounds();
    if (!bounds.contains([selected.lon, selected.lat]) || map.getZoom() < 5) {
      map.easeTo({ center: [selected.lon, selected.lat], zoom: Math.max(map.getZoom(), 6), duration: 600 });
    }
    // Only a new selection moves the map, not a filter change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.selectedId]);

  return <div ref={container} className="map-canvas" data-testid="map-canvas" />;
}
