// Every kind of page is valid HTML by an independent checker (html-validate's
// recommended rules), besides axe's accessibility rules in the other specs. The
// rules turned off are about how React writes valid HTML (attribute case, "/>"
// on void elements, boolean attributes with an empty value), not about validity.
import { HtmlValidate } from "html-validate";
import { data, expect, test } from "./fixtures";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    "attr-case": "off",
    "void-style": "off",
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
    // Server-drawn SVG charts and the map place their marks with computed inline positions.
    "no-inline-style": "off",
    // React's useId gives ids such as "_R_1_", which HTML allows.
    "valid-id": ["error", { relaxed: true }],
    // A group of checkboxes shares one name, as HTML forms mean it to.
    "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }],
    "no-implicit-input-type": "error",
  },
});

const antenna = data.antennas[0]?.slug ?? "";
const pages = [
  "/",
  "/map",
  "/map?types=factory&country=fi&links=0",
  "/systems",
  "/systems?status=operational&sort=rmax",
  "/systems/jupiter",
  "/compare",
  "/compare?systems=jupiter,lumi,leonardo,marenostrum-5",
  "/factories",
  "/factories/jaif",
  "/antennas",
  `/antennas/${antenna}`,
  "/countries",
  "/countries/be",
  "/timeline",
  "/funding",
  "/scale",
  "/models",
  "/sources",
  "/search?q=lumi",
  "/data",
  "/api",
  "/changes",
  "/freshness",
  "/no-such-page",
];

test("every kind of page passes html-validate's recommended rules", async ({ request }) => {
  const problems: string[] = [];
  for (const path of pages) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(path === "/no-such-page" ? 404 : 200);
    const report = await validator.validateString(await res.text(), path);
    for (const r of report.results)
      for (const m of r.messages) {
        // The map's filter form sends links=0 from a hidden field before the checkbox's links=1, so that
        // without JavaScript an unchecked box still turns the links off; the rule allows this pattern only
        // when checkboxes are not in `shared`, which the "types" group needs.
        if (path.startsWith("/map") && m.ruleId === "form-dup-name" && m.message.includes('"links"')) continue;
        problems.push(`${path} [${m.ruleId}] ${m.message} (column ${m.column})`);
      }
  }
  expect(problems).toEqual([]);
});
