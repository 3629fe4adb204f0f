"use client";

// Shown when a page fails to render (for example, the database is unreachable).
// It never shows the error's details: they stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>This page could not be shown</h1>
      <p className="lede">The atlas could not read its data just now. Please try again in a moment.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
