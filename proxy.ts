// Runs before routing, for every request but static assets: an address whose
// percent-encoding is broken names nothing, so it gets the 404 page.
//
// Rate limits, shedding, the Content-Security-Policy (hashed from each page's
// inline scripts, no nonce) and the 503 for a missing database belong to the
// production server in server/, which sees the socket and the finished body.
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.includes("%")) {
    try {
      decodeURIComponent(pathname);
    } catch {
      return NextResponse.rewrite(new URL("/not-found-invalid-address", request.url), { status: 404 });
    }
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|_next/webpack-hmr|_next/hmr|vendor/|icon.svg).*)"],
};
