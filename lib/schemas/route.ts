// Route parameters: parsed, never trusted. A malformed one is simply not found.
import { slug } from "@/lib/schemas/data";

/** The slug if well formed, else null (the page then answers 404). */
export function parseSlug(value: string): string | null {
  const decoded = (() => {
    try {
      return decodeURIComponent(value);
    } catch {
      return null;
    }
  })();
  return decoded !== null && slug.safeParse(decoded).success ? decoded : null;
}

/** A country code from the URL (any case), upper-cased, or null. */
export function parseCountryParam(value: string): string | null {
  return /^[a-zA-Z]{2}$/.test(value) ? value.toUpperCase() : null;
}
