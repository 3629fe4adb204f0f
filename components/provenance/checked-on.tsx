import Link from "next/link";
import { formatPartialDate } from "@/lib/dates";

/** "Checked against its sources on 22 November 2026": when someone last verified the record. */
export function CheckedOn({ date }: { date: string }) {
  return (
    <p className="checked-on">
      Checked against its sources on <time dateTime={date}>{formatPartialDate(date)}</time>.{" "}
      <Link href="/freshness">How fresh is the atlas?</Link>
    </p>
  );
}
