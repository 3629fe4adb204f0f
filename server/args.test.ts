import { describe, expect, it } from "vitest";
import { parseArgs } from "./args";

describe("server command line", () => {
  it("takes -p like next start, then PORT, then 3000", () => {
    expect(parseArgs(["-p", "3100"], {}).port).toBe(3100);
    expect(parseArgs(["--port=3200"], { PORT: "1" }).port).toBe(3200);
    expect(parseArgs([], { PORT: "4000" }).port).toBe(4000);
    expect(parseArgs([], { PORT: "" }).port).toBe(3000);
    expect(parseArgs(["-H", "127.0.0.1"], {}).hostname).toBe("127.0.0.1");
  });
  it("refuses what it does not understand", () => {
    expect(() => parseArgs(["-p", "http"], {})).toThrow(/port must be a whole number/);
    expect(() => parseArgs(["--turbo"], {})).toThrow(/Unknown option --turbo/);
    expect(() => parseArgs(["-p"], {})).toThrow(/-p needs a value/);
  });
});
