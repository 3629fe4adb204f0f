// What the server knows about the database, from the app's own health check
// (/api/health, which runs a real query through lib/data). The server asks it
// over loopback at most once a second while requests come in, one question at
// a time, and uses the answer to
// - answer public /api/health requests without a query each (a flood of health
//   checks costs one query a second);
// - answer 503 at once for routes that need the database while it is known to
//   be away, instead of letting each of them fail or wait on it;
// - turn a 5xx from a route that needs the database into the clear 503 when
//   the database turns out to be the cause.

export type HealthAnswer = { status: number; body: string; at: number };

export type DatabaseState = {
  /** The latest answer, asking again first when it is older than `maxAgeMs`. */
  fresh: (maxAgeMs?: number) => Promise<HealthAnswer>;
  /** Whether the latest answer said the database is away; asks again in the background when that answer is old. */
  knownAway: () => boolean;
};

/** Tracks the database through `probe`, which performs one health check. */
export function createDatabaseState(probe: () => Promise<{ status: number; body: string }>, ttlMs = 1000): DatabaseState {
  let latest: HealthAnswer | null = null;
  let pending: Promise<HealthAnswer> | null = null;

  const ask = (): Promise<HealthAnswer> => {
    pending ??= probe()
      .catch((error: unknown) => ({
        status: 503,
        body: JSON.stringify({
          status: "unavailable",
          database: "unknown",
          detail: `the health check did not complete (${error instanceof Error ? error.message : String(error)})`,
        }),
      }))
      .then((answer) => {
        latest = { ...answer, at: Date.now() };
        pending = null;
        return latest;
      });
    return pending;
  };

  return {
    fresh: (maxAgeMs = ttlMs) => (latest && Date.now() - latest.at < maxAgeMs ? Promise.resolve(latest) : ask()),
    knownAway() {
      if (!latest) return false;
      if (Date.now() - latest.at >= ttlMs * 2) void ask();
      return latest.status !== 200;
    },
  };
}
