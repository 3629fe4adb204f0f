import Link from "next/link";
import { SiteMenu } from "@/components/layout/site-menu";

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

function NavList() {
  return (
    <ul>
      {nav.map((item) => (
        <li key={item.href}>
          <Link href={item.href}>{item.label}</Link>
        </li>
      ))}
    </ul>
  );
}

function HeaderSearch({ id }: { id: string }) {
  return (
    <form method="get" action="/search" role="search" className="header-search" aria-label="Site search">
      <label htmlFor={id} className="visually-hidden">
        Search the atlas
      </label>
      <input id={id} type="search" name="q" maxLength={100} placeholder="Search the atlas" />
      <button type="submit">Search</button>
    </form>
  );
}

/**
 * The header: the atlas's name, the site navigation and a search box (a plain
 * GET form: no script needed). On a phone the navigation and search fold into
 * a "Menu" disclosure, so the header takes one row.
 */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="brand">
          AI Factories Atlas
        </Link>
        <nav className="site-nav wide-only" aria-label="Main">
          <NavList />
        </nav>
        <div className="wide-only header-search-wrap">
          <HeaderSearch id="header-q" />
        </div>
        <SiteMenu>
          <nav className="site-nav" aria-label="Main menu">
            <NavList />
          </nav>
          <HeaderSearch id="menu-q" />
        </SiteMenu>
      </div>
    </header>
  );
}
