/** The options of a country filter: "All countries", then each country by name, with lower-case codes as values. */
export function CountryOptions({ countries }: { countries: { code: string; name: string }[] }) {
  return (
    <>
      <option value="">All countries</option>
      {countries.map((c) => (
        <option key={c.code} value={c.code.toLowerCase()}>
          {c.name}
        </option>
      ))}
    </>
  );
}
