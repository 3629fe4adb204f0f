"use client";

// Client only, and small: saves a chart drawn on the server as SVG or PNG, with
// its title, units, data date, source and the atlas address added around it so
// the file stands on its own. Nothing is sent anywhere.
import { useRef } from "react";

const NS = "http://www.w3.org/2000/svg";
const HEAD = 48;
const FOOT = 40;

type Meta = { title: string; units: string; source: string; date: string; url: string };

function text(x: number, y: number, content: string, size: number, fill: string, weight = 400): SVGTextElement {
  const t = document.createElementNS(NS, "text");
  t.setAttribute("x", String(x));
  t.setAttribute("y", String(y));
  t.setAttribute("font-size", String(size));
  t.setAttribute("font-weight", String(weight));
  t.setAttribute("fill", fill);
  t.textContent = content;
  return t;
}

/** The chart as a standalone SVG document with its title, units, date, source and address. */
function standalone(chart: SVGSVGElement, meta: Meta): { svg: string; width: number; height: number } {
  const width = Number(chart.getAttribute("width"));
  const height = Number(chart.getAttribute("height")) + HEAD + FOOT;
  const out = document.createElementNS(NS, "svg");
  out.setAttribute("xmlns", NS);
  out.setAttribute("width", String(width));
  out.setAttribute("height", String(height));
  out.setAttribute("viewBox", `0 0 ${width} ${height}`);
  out.setAttribute("font-family", chart.getAttribute("font-family") ?? "sans-serif");
  const bg = document.createElementNS(NS, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", "#ffffff");
  out.append(bg, text(4, 18, meta.title, 15, "#1a1f2b", 700), text(4, 36, meta.units, 12, "#4a5263"));
  const body = chart.cloneNode(true) as SVGSVGElement;
  body.setAttribute("y", String(HEAD));
  body.removeAttribute("class");
  out.append(body);
  out.append(
    text(4, height - FOOT + 16, meta.source, 11, "#4a5263"),
    text(4, height - FOOT + 32, `Data as of ${meta.date}. AI Factories Atlas, ${meta.url}`, 11, "#4a5263"),
  );
  return { svg: new XMLSerializer().serializeToString(out), width, height };
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Download SVG" and "Download PNG" for the chart in the same figure (the one drawn at the current width). */
export function ChartDownload({ filename, ...meta }: Meta & { filename: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = () =>
    [...(ref.current?.closest("figure")?.querySelectorAll<SVGSVGElement>("svg.chart-svg") ?? [])].find(
      (s) => s.getClientRects().length > 0,
    );

  const downloadSvg = () => {
    const svg = chart();
    if (svg) save(new Blob([standalone(svg, meta).svg], { type: "image/svg+xml" }), `${filename}.svg`);
  };
  const downloadPng = () => {
    const svg = chart();
    if (!svg) return;
    const { svg: source, width, height } = standalone(svg, meta);
    const img = new Image();
    img.onload = () => {
      const scale = 2;
      const canvas = document.createElement("canvas");
      canvas.width = width * scale;
      canvas.height = height * scale;
      const ctx = canvas.getContext("2d");
      if (!ctx) return;
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      canvas.toBlob((blob) => blob && save(blob, `${filename}.png`), "image/png");
    };
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  };

  return (
    <div className="actions chart-actions" ref={ref}>
      <button type="button" onClick={downloadSvg} aria-label={`Download SVG: ${meta.title}`}>
        Download SVG
      </button>
      <button type="button" onClick={downloadPng} aria-label={`Download PNG: ${meta.title}`}>
        Download PNG
      </button>
    </div>
  );
}
