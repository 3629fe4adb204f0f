import { describe, expect, it } from "vitest";
import { correctionHref } from "./corrections";

const target = {
  record: "LUMI",
  figure: "Accelerators",
  value: "11,912 & more",
  page: "https://atlas.example/systems/lumi#fig-accelerator_count",
};

describe("correctionHref", () => {
  it("is null when the deployment configures no target, so no link is shown", () => {
    expect(correctionHref(target, {})).toBeNull();
  });
  it("prefills a form's query parameters", () => {
    const href = new URL(correctionHref(target, { url: "https://forms.example/fix?lang=en" }) ?? "");
    expect(href.origin + href.pathname).toBe("https://forms.example/fix");
    expect(Object.fromEntries(href.searchParams)).toEqual({ lang: "en", ...target });
  });
  it("prefills an e-mail's subject and body, encoded", () => {
    const href = correctionHref(target, { email: "fix@atlas.example" }) ?? "";
    expect(href.startsWith("mailto:fix@atlas.example?subject=")).toBe(true);
    const params = new URLSearchParams(href.slice(href.indexOf("?") + 1));
    expect(params.get("subject")).toBe("Correction: LUMI, Accelerators");
    expect(params.get("body")).toContain("Value shown: 11,912 & more");
    expect(params.get("body")).toContain(target.page);
  });
});
