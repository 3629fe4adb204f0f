import { formatPartialDate } from "@/lib/dates";
import type { ListStanding } from "@/lib/top500";

import { ordinal } from "@/lib/format";

const listName = (edition: string, number: number) => `the ${formatPartialDate(edition)} TOP500 list (the ${ordinal(number)})`;

/**
 * Says where a system stands on the newest TOP500 list the atlas records, so an
 * older rank is never read as current.
 */
export function ListStandingNote({ standing }: { standing: ListStanding }) {
  if (!standing) return null;
  const { status, list, previous } = standing;
  const last = previous
    ? ` Its most recent entry the atlas records is #${previous.rank} on the ${formatPartialDate(previous.edition)} list.`
    : "";
  return (
    <p className="list-standing" data-standing={status}>
      {status === "ranked" && `Ranked on ${listName(list.edition, list.number)}, the newest list the atlas records.`}
      {status === "absent" && `Not in ${listName(list.edition, list.number)}, the newest list the atlas records.${last}`}
      {status === "unknown" &&
        `Not known whether it is in ${listName(list.edition, list.number)}: the atlas has found only part of that list.${last}`}
    </p>
  );
}
