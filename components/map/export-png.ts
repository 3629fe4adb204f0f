// The map's PNG export: the map image framed with a title, the legend, the date,
// a source line and the atlas address of the view, so the picture stands on its own
// when it is pasted into a report.
import { countryRoleLabels, pointColors, roleFills, waveColors } from "@/lib/map/colors";
import { waveLabels } from "@/lib/labels";
import type { PointLabel } from "@/components/map/map-canvas";
import { overlaps, type Box } from "@/lib/map/boxes";
import { palette } from "@/lib/palette";

type LegendItem = { label: string; color: string; shape: "square" | "dot" | "ring" | "line" };

export function legendItems(): LegendItem[] {
  return [
    ...Object.entries(countryRoleLabels).map(([role, label]) => ({
      label,
      color: roleFills[role] ?? roleFills.other!,
      shape: "square" as const,
    })),
    ...Object.entries(waveColors).map(([wave, color]) => ({
      label: `AI Factory, ${(waveLabels[wave] ?? wave).replace(/^./, (c) => c.toLowerCase())}`,
      color,
      shape: "dot" as const,
    })),
    { label: "AI Factory Antenna", color: pointColors.antenna, shape: "dot" },
    { label: "Supercomputer, sized by accelerators", color: pointColors.system, shape: "dot" },
    { label: "Supercomputer, accelerator count not known", color: pointColors.system, shape: "ring" },
    { label: "Antenna linked to an AI Factory", color: pointColors.link, shape: "line" },
  ];
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** Words of `text` in lines no wider than `max` in `font`. */
function wrap(ctx: CanvasRenderingContext2D | null, font: string, text: string, max: number): string[] {
  if (!ctx) return [text];
  ctx.font = font;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const labelOrder = ["factory", "system", "antenna"];

/**
 * Names the points on the image: each label right of its point, or left when that side is taken
 * or off the image; a name that fits neither way is left out rather than drawn over another
 * (AI Factories are placed first, then supercomputers, then Antennas). Returns the labels placed, with their boxes.
 */
export function placeLabels(
  labels: PointLabel[],
  area: Box,
  widthOf: (name: string) => number,
  height = 14,
): { label: PointLabel; box: Box }[] {
  const placed: { label: PointLabel; box: Box }[] = [];
  const ordered = [...labels].sort((a, b) => labelOrder.indexOf(a.type) - labelOrder.indexOf(b.type));
  for (const label of ordered) {
    const w = widthOf(label.name) + 6;
    const y = area.y + label.y - height / 2 - 1;
    const candidates = [
      { x: area.x + label.x + 9, y, width: w, height: height + 2 },
      { x: area.x + label.x - 9 - w, y, width: w, height: height + 2 },
    ];
    const box = candidates.find(
      (c) =>
        c.x >= area.x &&
        c.y >= area.y &&
        c.x + c.width <= area.x + area.width &&
        c.y + c.height <= area.y + area.height &&
        !placed.some((p) => overlaps(p.box, c)),
    );
    if (box) placed.push({ label, box });
  }
  return placed;
}

function drawLabels(ctx: CanvasRenderingContext2D, labels: PointLabel[], area: Box) {
  ctx.font = `600 12px ${FONT}`;
  ctx.textBaseline = "middle";
  for (const { box, label } of placeLabels(labels, area, (n) => ctx.measureText(n).width)) {
    ctx.fillStyle = "rgba(255, 255, 255, 0.85)";
    ctx.fillRect(box.x, box.y, box.width, box.height);
    ctx.fillStyle = palette.ink;
    ctx.fillText(label.name, box.x + 3, box.y + box.height / 2);
  }
  ctx.textBaseline = "alphabetic";
}

/** Draws the framed export; returns null when the browser cannot decode or encode the image. */
export async function framedMapPng(
  mapImage: Blob,
  labels: PointLabel[],
  opts: { title: string; date: string; version: string; url: string },
): Promise<Blob | null> {
  const bitmap = await createImageBitmap(mapImage);
  const pad = 24;
  const width = Math.max(bitmap.width + pad * 2, 720);
  const items = legendItems();
  const measure = document.createElement("canvas").getContext("2d");
  if (measure) measure.font = `14px ${FONT}`;
  const colWidth = Math.ceil(Math.max(...items.map((i) => measure?.measureText(i.label).width ?? 300))) + 44;
  const perRow = Math.max(1, Math.floor((width - pad * 2) / colWidth));
  const legendRows = Math.ceil(items.length / perRow);
  // The title wraps to the width (at most three lines) rather than running off the image.
  const titleLines = wrap(measure, `700 20px ${FONT}`, opts.title, width - pad * 2).slice(0, 3);
  const top = 24 + titleLines.length * 26 + 14;
  const legendTop = top + bitmap.height + 20;
  const footTop = legendTop + legendRows * 24 + 16;
  const height = footTop + 52;

  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d");
  if (!ctx) return null;
  ctx.fillStyle = palette.paper;
  ctx.fillRect(0, 0, width, height);

  ctx.fillStyle = palette.ink;
  ctx.font = `700 20px ${FONT}`;
  ctx.textBaseline = "alphabetic";
  titleLines.forEach((line, i) => ctx.fillText(line, pad, 40 + i * 26));

  ctx.drawImage(bitmap, pad, top);
  drawLabels(ctx, labels, { x: pad, y: top, width: bitmap.width, height: bitmap.height });
  ctx.strokeStyle = palette.line;
  ctx.strokeRect(pad - 0.5, top - 0.5, bitmap.width + 1, bitmap.height + 1);

  ctx.font = `14px ${FONT}`;
  items.forEach((item, i) => {
    const x = pad + (i % perRow) * colWidth;
    const y = legendTop + Math.floor(i / perRow) * 24;
    ctx.fillStyle = item.color;
    ctx.strokeStyle = item.shape === "square" ? palette.border : item.color;
    ctx.lineWidth = item.shape === "ring" ? 2 : 1;
    if (item.shape === "square") {
      ctx.fillRect(x, y, 14, 14);
      ctx.strokeRect(x + 0.5, y + 0.5, 13, 13);
    } else if (item.shape === "line") {
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(x, y + 7);
      ctx.lineTo(x + 16, y + 7);
      ctx.stroke();
      ctx.setLineDash([]);
    } else {
      ctx.beginPath();
      ctx.arc(x + 7, y + 7, 6, 0, Math.PI * 2);
      if (item.shape === "ring") {
        ctx.fillStyle = palette.paper;
        ctx.fill();
        ctx.stroke();
      } else ctx.fill();
    }
    ctx.fillStyle = palette.ink;
    ctx.fillText(item.label, x + 22, y + 12);
  });

  ctx.fillStyle = palette.muted;
  ctx.font = `13px ${FONT}`;
  ctx.fillText(
    `AI Factories Atlas. Drawn ${opts.date} from dataset version ${opts.version}. Country outlines: Natural Earth. Names that would overlap are left out.`,
    pad,
    footTop + 14,
    width - pad * 2,
  );
  ctx.fillText(`Every point with its sources: ${opts.url}`, pad, footTop + 36, width - pad * 2);

  return new Promise((resolve) => canvas.toBlob((b) => resolve(b), "image/png"));
}
