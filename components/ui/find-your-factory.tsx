import type { CountrySummary } from "@/lib/data/countries";

/**
 * "Find your AI Factory": a plain GET form (works without JavaScript). The
 * input accepts a country's name or code; the datalist suggests names.
 */
export function FindYourFactory({ countries }: { countries: Pick<CountrySummary, "code" | "name">[] }) {
  return (
    <form method="get" action="/countries" className="filters finder" role="search" aria-label="Find your AI Factory">
      <label>
        Your country
        <input
          type="text"
          name="country"
          list="atlas-countries"
          autoComplete="country-name"
          required
          placeholder="e.g. Belgium"
        />
      </label>
      <datalist id="atlas-countries">
        {countries.map((c) => (
          <option key={c.code} value={c.name} />
        ))}
      </datalist>
      <button type="submit">Find</button>
    </form>
  );
}
