// "Suggest a correction": a prefilled message about one figure, sent to the
// address or form the deployment configures (CORRECTIONS_EMAIL or
// CORRECTIONS_URL). Pure, so the link's contents are unit-tested.

export type CorrectionTarget = { record: string; figure: string; value: string; page: string };
export type CorrectionConfig = { email?: string; url?: string };

/** The link a reader follows to suggest a correction, or null when the deployment sets neither target. */
export function correctionHref(t: CorrectionTarget, config: CorrectionConfig): string | null {
  if (config.url) {
    const u = new URL(config.url);
    u.searchParams.set("record", t.record);
    u.searchParams.set("figure", t.figure);
    u.searchParams.set("value", t.value);
    u.searchParams.set("page", t.page);
    return u.toString();
  }
  if (config.email) {
    const subject = `Correction: ${t.record}, ${t.figure}`;
    const body = [
      `Record: ${t.record}`,
      `Figure: ${t.figure}`,
      `Value shown: ${t.value}`,
      `Page: ${t.page}`,
      "",
      "What should it be, and on what source (title, publisher, address, date)?",
      "",
    ].join("\n");
    return `mailto:${config.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  return null;
}
