// Runs before routing. Its one job so far: an address whose percent-encoding
// is broken (e.g. /systems/%E0%A4%A) cannot be decoded into route parameters,
// and Next.js would answer 500. Such an address names nothing, so it is
// answered with the atlas's 404 page instead.
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!pathname.includes("%")) return NextResponse.next();
  try {
    decodeURIComponent(pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL("/not-found-invalid-address", request.url), { status: 404 });
  }
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
