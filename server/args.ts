// The command line `npm start` accepts, kept compatible with `next start`:
// -p/--port (or PORT) and -H/--hostname (or HOSTNAME).

export type ServerArgs = { port: number; hostname: string | undefined };

/** Parses argv (without node and the script) and the environment; throws a message on bad input. */
export function parseArgs(argv: readonly string[], environment: Record<string, string | undefined>): ServerArgs {
  let port: string | undefined = environment.PORT?.trim() || undefined;
  let hostname: string | undefined = environment.HOSTNAME?.trim() || undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [flag, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === "-p" || flag === "--port") port = value();
    else if (flag === "-H" || flag === "--hostname") hostname = value();
    else throw new Error(`Unknown option ${arg}. Accepted: -p/--port PORT, -H/--hostname HOST`);
  }
  const n = port === undefined ? 3000 : Number(port);
  if (!Number.isInteger(n) || n < 0 || n > 65_535)
    throw new Error(`The port must be a whole number from 0 to 65535 (it is "${port}")`);
  return { port: n, hostname };
}
