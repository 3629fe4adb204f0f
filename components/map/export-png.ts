// The map's PNG export: the map image framed with a title, the legend, the date,
// a source line and the atlas address of the view, so the picture stands on its own
// when it is pasted into a report.
import { countryRoleLabels, pointColors, roleFills, waveColors } from "@/lib/map/colors";
import { waveLabels } from "@/lib/labels";
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

/** Draws the framed export; returns null when the browser cannot decode or encode the image. */
export async function framedMapPng(
  mapImage: Blob,
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
  const top = 64;
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
  // The title shrinks to fit the width rather than running off the image.
  let size = 22;
  ctx.font = `700 ${size}px ${FONT}`;
  while (size > 12 && ctx.measureText(opts.title).width > width - pad * 2) {
    size -= 1;
    ctx.font = `700 ${size}px ${FONT}`;
  }
  ctx.textBaseline = "alphabetic";
  ctx.fillText(opts.title, pad, 40);

  ctx.drawImage(bitmap, pad, top);
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
    `Drawn ${opts.date} from dataset version ${opts.version}. Source of every point: ${new URL("/sources", opts.url).href}. Country outlines: Natural Earth.`,
    pad,
    footTop + 14,
    width - pad * 2,
  );
  ctx.fillText(opts.url, pad, footTop + 36, width - pad * 2);

  return new Promise((resolve) => canvas.toBlob((b) => resolve(b), "image/png"));
}
