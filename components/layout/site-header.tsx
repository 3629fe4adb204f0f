import Link from "next/link";

const nav = [
  { href: "/", label: "Overview" },
  { href: "/map", label: "Map" },
  { href: "/factories", label: "AI Factories" },
  { href: "/antennas", label: "Antennas" },
  { href: "/systems", label: "Systems" },
  { href: "/compare", label: "Compare" },
  { href: "/countries", label: "Countries" },
  { href: "/timeline", label: "Timeline" },
  { href: "/funding", label: "Funding" },
  { href: "/scale", label: "Scale" },
  { href: "/models", label: "Models" },
  { href: "/sources", label: "Sources" },
] as const;

/** The header: the atlas's name, the site navigation and a search box (a plain GET form: no script needed). */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="brand">
          AI Factories Atlas
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <form method="get" action="/search" role="search" className="header-search">
          <label htmlFor="header-q" className="visually-hidden">
            Search the atlas
          </label>
          <input id="header-q" type="search" name="q" maxLength={100} />
          <button type="submit">Search</button>
        </form>
      </div>
    </header>
  );
}
