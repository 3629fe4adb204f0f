import Link from "next/link";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lede">There is no page at this address in the atlas. It may have moved, or the link may be mistyped.</p>
      <ul>
        <li>
          <Link href="/">The overview</Link>: headline figures, the AI Factories and the Antennas.
        </li>
        <li>
          <Link href="/sources">All sources</Link>, with the figures that rest on each.
        </li>
      </ul>
    </>
  );
}
