"use client";

// Client only: wraps a chart and offers it for download as SVG or PNG, drawn
// from the chart's own SVG in the browser (nothing is sent anywhere).
import { useRef, useSyncExternalStore, type ReactNode } from "react";

function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute("width", String(Math.round(width)));
  copy.setAttribute("height", String(Math.round(height)));
  const style = document.createElementNS("http://www.w3.org/2000/svg", "style");
  style.textContent = "text{font-family:system-ui,sans-serif;font-size:12px;fill:#1a1f2b}";
  copy.insertBefore(style, copy.firstChild);
  const bg = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", "#ffffff");
  copy.insertBefore(bg, style.nextSibling);
  return new XMLSerializer().serializeToString(copy);
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A titled chart with "Download SVG" and "Download PNG" buttons. */
const noSubscription = () => () => {};

export function ChartFrame({ title, filename, children }: { title: string; filename: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // Charts are drawn in the browser only: Recharts measures its container, so a
  // server render cannot match the client's. The page's tables carry the numbers.
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const chartSvg = () => ref.current?.querySelector("svg.recharts-surface") as SVGSVGElement | null;

  const downloadSvg = () => {
    const svg = chartSvg();
    if (svg) save(new Blob([svgText(svg)], { type: "image/svg+xml" }), `${filename}.svg`);
  };
  const downloadPng = () => {
    const svg = chartSvg();
    if (!svg) return;
    const { width, height } = svg.getBoundingClientRect();
    const img = new Image();
    img.onload = () => {
      const scale = 2;
      const canvas = document.createElement("canvas");
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext("2d");
      if (!ctx) return;
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      canvas.toBlob((blob) => blob && save(blob, `${filename}.png`), "image/png");
    };
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`;
  };

  return (
    <figure className="chart" aria-label={title}>
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      <div ref={ref} className="chart-body">
        {inBrowser ? (
          children
        ) : (
          <p className="muted">The chart is drawn in the browser; the same numbers are in the table on this page.</p>
        )}
      </div>
      <div className="actions">
        <button type="button" onClick={downloadSvg}>
          Download SVG
        </button>
        <button type="button" onClick={downloadPng}>
          Download PNG
        </button>
      </div>
    </figure>
  );
}
