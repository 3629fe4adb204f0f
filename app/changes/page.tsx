import type { Metadata } from "next";
import Link from "next/link";
import { ChangeList } from "@/components/provenance/change-list";
import { listChanges } from "@/lib/data/changes";

export const metadata: Metadata = {
  title: "Changes to the data",
  description: "Every correction and update to the atlas's figures: what changed, from what to what, why, and the source.",
  alternates: { types: { "application/atom+xml": [{ url: "/changes.atom", title: "AI Factories Atlas: changes to the data" }] } },
};

export default async function ChangesPage() {
  const changes = await listChanges();
  return (
    <article>
      <h1>Changes to the data</h1>
      <p className="lede">
        Every change to a figure or a record, newest first: what changed, from what to what, why, and the source it rests on.
        Follow them in a feed reader with the <a href="/changes.atom">Atom feed</a>; each record&apos;s page shows its own
        history.
      </p>
      <p>
        {changes.length} change{changes.length === 1 ? "" : "s"} published. See also{" "}
        <Link href="/freshness">when each record was last checked</Link>.
      </p>
      {changes.length ? <ChangeList changes={changes} /> : <p className="muted">No change has been published yet.</p>}
    </article>
  );
}
