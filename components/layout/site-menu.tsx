"use client";

// Client only for two small things: the phone menu closes after a navigation
// (the header persists across client-side navigations) and on Escape, which
// returns focus to its button. Without JavaScript it is a plain <details>.
import { usePathname } from "next/navigation";
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";

export function SiteMenu({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  const onKeyDown = (e: KeyboardEvent<HTMLDetailsElement>) => {
    if (e.key !== "Escape" || !ref.current?.open) return;
    ref.current.open = false;
    ref.current.querySelector("summary")?.focus();
  };
  return (
    <details className="site-menu narrow-only" ref={ref} onKeyDown={onKeyDown}>
      <summary>Menu</summary>
      <div className="site-menu-panel">{children}</div>
    </details>
  );
}
