import Link from "next/link";
import { formatPartialDate } from "@/lib/dates";
import type { ApplyInfo } from "@/lib/data/records";

/**
 * "Where to apply" for one factory or antenna: its own website, its access or
 * application page, and the ways in it offers, each with its source. Missing
 * links say when they were looked for.
 */
export function ApplyLinks({ name, apply }: { name: string; apply: ApplyInfo }) {
  const searched = apply.searched ? ` as of ${formatPartialDate(apply.searched)}` : "";
  return (
    <div className="apply-links">
      <ul className="link-list">
        <li>
          {apply.website ? (
            <a href={apply.website} rel="external">
              {name}&apos;s website
            </a>
          ) : (
            <span className="not-known">No official website found{searched}.</span>
          )}
        </li>
        <li>
          {apply.access ? (
            <a href={apply.access} rel="external">
              How to apply for access to {name}
            </a>
          ) : (
            <span className="not-known">No access or application page found{searched}.</span>
          )}
        </li>
      </ul>
      {apply.modes.length > 0 && (
        <>
          <h3>Ways in</h3>
          <ul>
            {apply.modes.map((m) => (
              <li key={m.name}>
                <strong>{m.name}</strong>
                {m.detail ? `: ${m.detail}` : ""}{" "}
                <span className="provenance">
                  (<Link href={`/sources#${m.source.id}`}>{m.source.publisher}</Link>)
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
