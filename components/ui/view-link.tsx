import type { ComponentProps } from "react";

/**
 * A link to a view with URL state (/systems?sort=rmax, /compare?systems=…): a
 * plain <a>, so the browser asks the server, which routes the request to the
 * view's per-request variant (lib/views.ts). next/link would reuse the static
 * page the client router already holds for the path (search params are not
 * part of a static page's identity) and show the default view instead.
 */
export function ViewLink(props: ComponentProps<"a">) {
  return <a {...props} />;
}
