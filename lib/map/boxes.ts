/** A rectangle on screen or on an image, in pixels (a DOMRect is one too). */
export type Box = { x: number; y: number; width: number; height: number };

/** Whether two boxes overlap, or come within `gap` pixels of each other side by side. */
export const overlaps = (a: Box, b: Box, gap = 0): boolean =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height && b.y < a.y + a.height;
