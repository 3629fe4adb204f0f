"use client";

// Client only (state, history, WebGL detection). The interactive atlas: filters,
// the map, the synchronised list and the selection panel. The first view is the
// server-drawn SVG map (passed in as children), whose points follow the filters
// here; MapLibre, about 230 KB of compressed script, is fetched only when the
// reader reaches for the map (pointer, touch, wheel or focus on it, or the
// button) or opens a shared zoomed view, so it never competes with the first
// view. Without JavaScript the page is the server's; without WebGL the SVG stays.
import dynamic from "next/dynamic";
import { CountryOptions } from "@/components/ui/country-options";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { MapLegend } from "@/components/map/legend";
import { LiveMapContext } from "@/components/map/live-points";
import type { MapExporter, View } from "@/components/map/map-canvas";
import { formatPartialDate } from "@/lib/dates";
import { waveLabels } from "@/lib/labels";
import { spreadColocated } from "@/lib/map/placement";
import { framedMapPng } from "@/components/map/export-png";
import { CiteViewBody } from "@/components/ui/cite-view-body";
import type { CiteInput } from "@/lib/cite";
import {
  countByType,
  entityTypes,
  filterEntities,
  mapSearch,
  mapViewTitle,
  parseMapState,
  mapStatuses,
  mapWaves,
  vendors,
  type EntityType,
  type MapEntity,
  type MapState,
} from "@/lib/map/state";

const MapCanvas = dynamic(() => import("@/components/map/map-canvas"), {
  ssr: false,
  // The SVG map stays in view until MapLibre has drawn.
  loading: () => null,
});

const typeLabels: Record<EntityType, string> = { factory: "AI Factories", antenna: "Antennas", system: "Supercomputers" };

let webGl: boolean | undefined;
/** Whether this browser can draw WebGL; asked once. */
function hasWebGl(): boolean {
  if (webGl === undefined) {
    try {
      const canvas = document.createElement("canvas");
      webGl = !!(canvas.getContext("webgl2") || canvas.getContext("webgl"));
    } catch {
      webGl = false;
    }
  }
  return webGl;
}
const noSubscription = () => () => {};

type Props = {
  entities: MapEntity[];
  roles: Record<string, string>;
  countries: { code: string; name: string }[];
  countryLabels: { code: string; name: string; lon: number; lat: number }[];
  initial: MapState;
  /** The server-rendered SVG map for the initial state. */
  children: ReactNode;
  /** How to read and move the map, shown under it. */
  help: ReactNode;
  /** The dataset's version and dates for "Cite this view", which follows the filters. */
  cite: Omit<CiteInput, "title" | "path">;
};

export function AtlasExplorer({ entities, roles, countries, countryLabels, initial, children, help, cite }: Props) {
  const [state, setState] = useState<MapState>(initial);
  // false on the server and in the first render, so hydration matches the server's SVG.
  const enhanced = useSyncExternalStore(noSubscription, hasWebGl, () => false);
  // Whether the reader has reached for the map, so MapLibre is worth fetching.
  const [wanted, setWanted] = useState(false);
  const [failed, setFailed] = useState(false);
  const [ready, setReady] = useState(false);
  const exporter = useRef<MapExporter | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  // What the keyboard did to the map, said aloud in a live region.
  const [moved, setMoved] = useState("");
  // Set when the reader chose an entry, so focus goes to its panel (not on a shared ?sel= link's first load).
  const chose = useRef(false);

  // A filter the reader changed before the scripts ran (a slow phone) is taken up, not reset.
  const formRef = useRef<HTMLFormElement>(null);
  const hydrated = useRef(false);
  useEffect(() => {
    const form = formRef.current;
    // Once, right after hydration; later the form only ever shows the state.
    if (!form || hydrated.current) return;
    hydrated.current = true;
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === "string" && value) params.append(key, value);
    const early = { ...parseMapState(params), sel: initial.sel, view: initial.view };
    if (mapSearch(early) === mapSearch(initial)) return;
    // Reading the DOM form is syncing from outside React: it can only happen after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState(early);
    window.history.replaceState(window.history.state, "", `/map${mapSearch(early)}`);
  }, [initial]);

  useEffect(() => {
    const onPop = () => setState(parseMapState(new URLSearchParams(window.location.search)));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  // A shared view (?view=) is a zoomed map only MapLibre can show: fetch it when the browser is idle.
  useEffect(() => {
    if (!initial.view || !enhanced) return;
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
    idle(() => setWanted(true), { timeout: 2000 });
  }, [initial.view, enhanced]);

  const interactive = enhanced && wanted && !failed;
  const want = () => setWanted(true);

  /** Applies a change in place (the SVG map and MapLibre both follow the state) and records it in the address. */
  const update = useCallback(
    (change: Partial<MapState>, mode: "push" | "replace" = "push") => {
      const next = { ...state, ...change };
      setState(next);
      window.history[mode === "push" ? "pushState" : "replaceState"](window.history.state, "", `/map${mapSearch(next)}`);
    },
    [state],
  );

  const placed = useMemo(() => spreadColocated(entities), [entities]);
  const shown = useMemo(() => filterEntities(placed, state), [placed, state]);
  const live = useMemo(
    () => ({
      shown: new Set(shown.map((e) => e.id)),
      showLinks: state.links,
      selectedId: state.sel,
      onSelect: (id: string) => {
        chose.current = true;
        update({ sel: id });
      },
    }),
    [shown, state.links, state.sel, update],
  );
  const counts = countByType(shown);
  const selected = shown.find((e) => e.id === state.sel);
  const sameSite = selected
    ? shown.filter((e) => e.id !== selected.id && e.siteLat === selected.siteLat && e.siteLon === selected.siteLon)
    : [];

  // Choosing scrolls the list (only the list, not the page) to the entity, and brings its panel into view:
  // beside the map on a wide screen, as a sheet over the bottom of the screen on a phone.
  useEffect(() => {
    if (!state.sel) return;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(state.sel)}"]`);
    const box = listRef.current?.closest<HTMLElement>(".atlas-list-box");
    if (item && box) {
      const top = item.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
      if (top < box.scrollTop || top + item.offsetHeight > box.scrollTop + box.clientHeight)
        box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
    const panel = panelRef.current;
    if (!panel) return;
    if (chose.current) {
      chose.current = false;
      panel.focus({ preventScroll: true });
    }
    // On a wide screen the panel sits beside the map: bring that into view if it is off-screen.
    const r = panel.getBoundingClientRect();
    if (window.getComputedStyle(panel).position !== "fixed" && (r.top < 0 || r.top > window.innerHeight - 80))
      panel.scrollIntoView({ block: "nearest" });
  }, [state.sel]);

  const choose = (id: string) => {
    chose.current = true;
    update({ sel: id });
  };
  const closePanel = () => {
    const id = state.sel;
    update({ sel: undefined });
    // Back to where the reader came from: the entry in the list.
    if (id) listRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] button`)?.focus();
  };
  const clearFilters = () => {
    const defaults = parseMapState(new URLSearchParams());
    update({
      types: defaults.types,
      links: defaults.links,
      wave: undefined,
      country: undefined,
      vendor: undefined,
      status: undefined,
      sel: undefined,
    });
  };

  const search = mapSearch({ ...state, sel: undefined, view: undefined });
  const viewTitle = mapViewTitle(state, {
    country: countries.find((c) => c.code === state.country)?.name,
    wave: state.wave && waveLabels[state.wave],
  });
  const downloadPng = async () => {
    const image = await exporter.current?.toPng();
    if (!image) return;
    const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
    const blob = await framedMapPng(image, exporter.current?.pointLabels() ?? [], {
      title: `${viewTitle} (${n(counts.factory, "AI Factory", "AI Factories")}, ${n(counts.antenna, "Antenna", "Antennas")}, ${n(counts.system, "supercomputer", "supercomputers")})`,
      date: new Date().toISOString().slice(0, 10),
      version: cite.version,
      url: window.location.href,
    });
    if (!blob) return;
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "ai-factories-atlas-map.png";
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const toggleType = (t: EntityType, on: boolean) => {
    const types = on ? entityTypes.filter((x) => x === t || state.types.includes(x)) : state.types.filter((x) => x !== t);
    update({ types: types.length ? types : state.types, sel: undefined });
  };

  return (
    <div className={`atlas${interactive ? " atlas-interactive" : ""}`} data-testid="atlas">
      <form
        ref={formRef}
        className="filters map-filters"
        method="get"
        action="/map"
        aria-label="Filter the map"
        onSubmit={(e) => e.preventDefault()}
      >
        <fieldset>
          <legend>Show</legend>
          {entityTypes.map((t) => (
            <label key={t} className="check">
              <input
                type="checkbox"
                name="types"
                value={t}
                checked={state.types.includes(t)}
                onChange={(e) => toggleType(t, e.target.checked)}
              />
              {typeLabels[t]} ({counts[t]})
            </label>
          ))}
          {/* Without JavaScript an unchecked box sends nothing, so "0" goes first and a checked box's "1" after it wins. */}
          <input type="hidden" name="links" value="0" />
          <label className="check">
            <input
              type="checkbox"
              name="links"
              value="1"
              checked={state.links}
              onChange={(e) => update({ links: e.target.checked })}
            />
            Antenna links
          </label>
        </fieldset>
        <label>
          Selection wave
          <select
            name="wave"
            value={state.wave ?? ""}
            onChange={(e) => update({ wave: (e.target.value || undefined) as MapState["wave"], sel: undefined })}
          >
            <option value="">All waves</option>
            {mapWaves.map((w) => (
              <option key={w} value={w}>
                {waveLabels[w] ?? w}
              </option>
            ))}
          </select>
        </label>
        <label>
          Country
          <select
            name="country"
            value={state.country?.toLowerCase() ?? ""}
            onChange={(e) => update({ country: e.target.value ? e.target.value.toUpperCase() : undefined, sel: undefined })}
          >
            <CountryOptions countries={countries} />
          </select>
        </label>
        <label>
          Accelerators
          <select
            name="vendor"
            value={state.vendor ?? ""}
            onChange={(e) => update({ vendor: (e.target.value || undefined) as MapState["vendor"], sel: undefined })}
          >
            <option value="">NVIDIA and AMD</option>
            {vendors.map((v) => (
              <option key={v} value={v}>
                {v === "nvidia" ? "NVIDIA" : "AMD"}
              </option>
            ))}
          </select>
        </label>
        <label>
          System status
          <select
            name="status"
            value={state.status ?? ""}
            onChange={(e) => update({ status: (e.target.value || undefined) as MapState["status"], sel: undefined })}
          >
            <option value="">Any status</option>
            {mapStatuses.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <noscript>
          <button type="submit">Apply</button>
        </noscript>
      </form>
      <p className="visually-hidden" aria-live="polite" data-testid="map-moved">
        {moved}
      </p>
      <p role="status" className="map-counts" data-testid="map-counts">
        Showing <span data-testid="count-factory">{counts.factory}</span> AI {counts.factory === 1 ? "Factory" : "Factories"},{" "}
        <span data-testid="count-antenna">{counts.antenna}</span> {counts.antenna === 1 ? "Antenna" : "Antennas"} and{" "}
        <span data-testid="count-system">{counts.system}</span> {counts.system === 1 ? "supercomputer" : "supercomputers"}.
      </p>
      <div className="actions">
        <a href={`/map.csv${search}`} download>
          Download these as CSV
        </a>
        <a href={`/map.geojson${search}`} download>
          Download these as GeoJSON
        </a>
        {interactive && (
          <button type="button" onClick={downloadPng}>
            Download the map view as PNG
          </button>
        )}
      </div>

      <div className="atlas-body">
        <div className="atlas-map" onPointerEnter={want} onPointerDown={want} onTouchStart={want} onWheel={want} onFocus={want}>
          <div className="atlas-stage">
            {enhanced && !ready && !failed && (
              <p className="map-load">
                {/* Stays until MapLibre has drawn, so it does not move under a pointer that is reaching for it. */}
                <button type="button" onClick={want}>
                  Zoom and pan: open the interactive map
                </button>
                {wanted && <span role="status"> Loading…</span>}
              </p>
            )}
            {interactive && (
              <MapCanvas
                entities={shown}
                roles={roles}
                countryLabels={countryLabels}
                showLinks={state.links}
                selectedId={state.sel}
                view={state.view}
                onSelect={choose}
                onKeyboardMove={setMoved}
                onView={(view: View) => update({ view }, "replace")}
                onReady={(api) => {
                  exporter.current = api;
                  setReady(!!api);
                }}
                onFail={() => setFailed(true)}
              />
            )}
            {!(interactive && ready) && (
              <div className={interactive ? "atlas-fallback atlas-fallback-over" : "atlas-fallback"}>
                <LiveMapContext value={live}>{children}</LiveMapContext>
              </div>
            )}
          </div>
          <MapLegend />
        </div>

        <div className="atlas-side">
          {selected && (
            <section
              className="atlas-panel"
              aria-labelledby="panel-title"
              data-testid="map-panel"
              ref={panelRef}
              tabIndex={-1}
              onKeyDown={(e) => {
                if (e.key === "Escape") closePanel();
              }}
            >
              <button
                type="button"
                className="panel-close"
                onClick={closePanel}
                aria-label={`Close the details of ${selected.name}`}
              >
                ×
              </button>
              <h2 id="panel-title">{selected.name}</h2>
              <p className="muted">
                {selected.city ? `${selected.city}, ` : ""}
                {selected.countryName}
              </p>
              <ul>
                {selected.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
              {selected.facts.length > 0 && (
                <dl className="facts">
                  {selected.facts.map((f) => (
                    <div key={f.label} style={{ display: "contents" }}>
                      <dt>{f.label}</dt>
                      <dd>
                        {f.value}{" "}
                        <span className="provenance">
                          <a href={`/sources#${f.sourceId}`}>{f.publisher}</a>, as of {formatPartialDate(f.asOf)}
                        </span>
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
              {sameSite.length > 0 && (
                <>
                  <h3>Also at this site</h3>
                  <ul>
                    {sameSite.map((o) => (
                      <li key={o.id}>
                        <button type="button" className="linklike" onClick={() => choose(o.id)}>
                          {o.name}
                        </button>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <p className="actions">
                <a href={selected.href}>Open the page of {selected.name}</a>
                <button type="button" onClick={closePanel}>
                  Close
                </button>
              </p>
            </section>
          )}
          <div className="atlas-list-box">
            <h2 className="list-title">Shown on the map ({shown.length})</h2>
            {shown.length === 0 && (
              <div className="map-empty" data-testid="map-empty">
                <p>Nothing in the atlas matches these filters.</p>
                <button type="button" onClick={clearFilters}>
                  Clear the filters
                </button>
              </div>
            )}
            {shown.length === 1 && search && (
              <p className="map-empty" data-testid="map-single">
                Only one entry matches these filters.{" "}
                <button type="button" className="linklike" onClick={clearFilters}>
                  Show everything
                </button>
              </p>
            )}
            <ol className="atlas-list" ref={listRef} data-testid="map-list">
              {shown.map((e) => (
                <li key={e.id} data-id={e.id} className={e.id === state.sel ? "selected" : undefined}>
                  <button type="button" className="linklike" aria-pressed={e.id === state.sel} onClick={() => choose(e.id)}>
                    {e.name}
                  </button>
                  <span className="muted">
                    {" "}
                    {e.type === "factory" ? "AI Factory" : e.type === "antenna" ? "Antenna" : "System"}, {e.city ?? e.countryName}
                  </span>{" "}
                  <a href={e.href} aria-label={`Open the page of ${e.name}`}>
                    page
                  </a>
                </li>
              ))}
            </ol>
          </div>
        </div>
      </div>
      {help}
      <CiteViewBody input={{ ...cite, title: viewTitle, path: `/map${mapSearch(state)}` }} />
    </div>
  );
}
