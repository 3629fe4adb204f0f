import { describe, expect, it } from "vitest";
import { createGate, type Release } from "./shed";

const never = new Promise<void>(() => undefined);

describe("shedding gate", () => {
  it("admits up to its concurrency, queues up to its queue, and refuses the rest at once", async () => {
    const gate = createGate({ concurrency: 2, queue: 1, maxWaitMs: 60_000 });
    const a = await gate.acquire(never);
    const b = await gate.acquire(never);
    expect(typeof a).toBe("function");
    expect(typeof b).toBe("function");
    const c = gate.acquire(never);
    expect(await gate.acquire(never)).toBe("full");
    expect(gate.stats()).toEqual({ active: 2, waiting: 1 });
    (a as Release)();
    const turn = await c;
    expect(typeof turn).toBe("function");
    expect(gate.stats()).toEqual({ active: 2, waiting: 0 });
    (b as Release)();
    (turn as Release)();
    (turn as Release)(); // a second release changes nothing
    expect(gate.stats()).toEqual({ active: 0, waiting: 0 });
  });

  it("drops a waiting request whose client has gone, without giving it a turn", async () => {
    const gate = createGate({ concurrency: 1, queue: 5, maxWaitMs: 60_000 });
    const first = (await gate.acquire(never)) as Release;
    let leave: () => void = () => undefined;
    const gone = new Promise<void>((r) => (leave = r));
    const waiting = gate.acquire(gone);
    const next = gate.acquire(never);
    leave();
    expect(await waiting).toBe("gone");
    first();
    expect(typeof (await next)).toBe("function"); // the turn went to the client still there
  });

  it("turns a request away when it has waited too long", async () => {
    const gate = createGate({ concurrency: 1, queue: 5, maxWaitMs: 20 });
    await gate.acquire(never);
    expect(await gate.acquire(never)).toBe("timeout");
    expect(gate.stats().waiting).toBe(0);
  });
});
