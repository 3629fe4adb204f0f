"use client";

// The SVG map's points layer on the map page: it follows the explorer's
// filters and selection (through context), so the server-drawn map stays
// right without MapLibre, and a click on a point selects it.
import { createContext, useContext } from "react";
import { PointsLayer, type SvgPoint } from "@/components/map/points-layer";

export type LiveMapState = {
  shown: Set<string>;
  showLinks: boolean;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
};

export const LiveMapContext = createContext<LiveMapState | null>(null);

/** All the page's points, drawn as the explorer's current state says. */
export function LivePoints({ points }: { points: SvgPoint[] }) {
  const live = useContext(LiveMapContext);
  if (!live) return <PointsLayer points={points} showLinks />;
  return (
    <PointsLayer
      points={points.filter((p) => live.shown.has(p.id))}
      showLinks={live.showLinks}
      selectedId={live.selectedId}
      onSelect={live.onSelect}
    />
  );
}
