import Link from "next/link";

const nav = [
  { href: "/", label: "Overview" },
  { href: "/sources", label: "Sources" },
] as const;

/** The header: the atlas's name and the site navigation. */
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
      </div>
    </header>
  );
}
