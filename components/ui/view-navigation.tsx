"use client";

// Client only, and small: moves between states of a view with URL state
// (/compare?systems=…) without reloading the page. The static page for a path
// ignores its query, so the client router is sent to the view's per-request
// variant (/v/compare?…, see lib/views.ts) and the address bar is then put back
// to the public address, which is what a reader copies, bookmarks or reloads.
// Focus stays where the reader is: on the control used, or on the one named by
// `focusAfter` when the control itself goes away (a removed column). Without
// JavaScript these are plain links and GET forms and the server does the same.
import { usePathname, useRouter } from "next/navigation";
import { useEffect, type ComponentProps, type FormEvent, type MouseEvent } from "react";

/** The element to focus once the next view has rendered (a CSS selector). */
let pendingFocus: string | null = null;

function useViewNavigate() {
  const router = useRouter();
  return (publicHref: string, focusAfter?: string) => {
    const url = new URL(publicHref, window.location.href);
    pendingFocus = focusAfter ?? null;
    router.push(`/v${url.pathname}${url.search}`, { scroll: false });
  };
}

/** Puts the public address back in the bar once a per-request variant has rendered, and restores focus. */
export function PublicAddress({ href }: { href: string }) {
  const pathname = usePathname();
  useEffect(() => {
    if (window.location.pathname.startsWith("/v/")) window.history.replaceState(window.history.state, "", href);
    if (pendingFocus) {
      const target = document.querySelector<HTMLElement>(pendingFocus);
      pendingFocus = null;
      target?.focus();
    }
  }, [href, pathname]);
  return null;
}

/** A link to another state of the view, followed without a reload. */
export function ViewNavLink({ focusAfter, ...props }: ComponentProps<"a"> & { focusAfter?: string }) {
  const navigate = useViewNavigate();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    props.onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || !props.href) return;
    e.preventDefault();
    navigate(props.href, focusAfter);
  };
  return <a {...props} onClick={onClick} />;
}

/**
 * The "Add a system" form of /compare: adds the chosen system to the list in the
 * address and shows the new comparison without a reload; focus stays on the
 * chooser, ready for the next one.
 */
export function CompareAddForm({ slugs, children, ...props }: ComponentProps<"form"> & { slugs: string[] }) {
  const navigate = useViewNavigate();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    const add = new FormData(e.currentTarget).get("add");
    if (typeof add !== "string" || !add) return;
    e.preventDefault();
    navigate(`/compare?systems=${[...slugs.filter((s) => s !== add), add].join(",")}`, "#compare-add");
  };
  return (
    <form {...props} onSubmit={onSubmit}>
      {children}
    </form>
  );
}
