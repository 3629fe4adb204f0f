// Bounded concurrency for the work that is not a static file: at most
// `concurrency` requests at once, `queue` more waiting their turn, and past
// that an answer at once (the caller sends 503 with Retry-After) instead of a
// queue that outlives its clients. A waiting request whose client goes away is
// dropped without starting; one that waits longer than `maxWaitMs` is turned
// away, because its client has most likely given up by then.
// See docs/decisions/007-caching-and-shedding.md.

export type Release = () => void;

/** Why a request got no turn: the queue was full, it waited too long, or its client left. */
export type Refusal = "full" | "timeout" | "gone";

export type Gate = {
  /** A turn (call the release once done), or why there is none. `gone` resolves when the client leaves while waiting. */
  acquire: (gone: Promise<void>) => Promise<Release | Refusal>;
  /** Requests working and waiting now. */
  stats: () => { active: number; waiting: number };
};

type Waiter = { grant: (release: Release) => void; refuse: (why: Refusal) => void };

/** A gate admitting `concurrency` at once with `queue` waiting, each for at most `maxWaitMs`. */
export function createGate({ concurrency, queue, maxWaitMs }: { concurrency: number; queue: number; maxWaitMs: number }): Gate {
  let active = 0;
  // Insertion-ordered: first come, first served; deletion on leave is O(1).
  const waiting = new Set<Waiter>();

  const release = () => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = waiting.values().next().value;
      if (next) {
        waiting.delete(next);
        next.grant(release()); // the slot passes on; `active` stays the same
      } else {
        active--;
      }
    };
  };

  return {
    stats: () => ({ active, waiting: waiting.size }),
    acquire(gone) {
      if (active < concurrency) {
        active++;
        return Promise.resolve(release());
      }
      if (waiting.size >= queue) return Promise.resolve("full");
      return new Promise((resolve) => {
        const timer = setTimeout(() => leave("timeout"), maxWaitMs);
        const waiter: Waiter = {
          grant: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
          refuse: (why) => {
            clearTimeout(timer);
            resolve(why);
          },
        };
        const leave = (why: Refusal) => {
          if (waiting.delete(waiter)) waiter.refuse(why);
        };
        waiting.add(waiter);
        void gone.then(() => leave("gone"));
      });
    },
  };
}
