// What a command is doing, in plain Dutch lines on stdout as it happens, for the person at the terminal. The
// structured log (pino) stays for requests; these lines name no person and are left out when LOG_LEVEL=silent or in
// tests.
import { relative } from 'node:path';

export type Steps = {
  /** Prints one line. */
  say(line: string): void;
  /** Runs `work` and prints the line `done` makes of its result, with the time it took. */
  timed<T>(work: () => Promise<T>, done: (result: T) => string): Promise<T>;
};

/** Seconds in Dutch notation: 0,4 s, 12 s. */
export function seconds(ms: number): string {
  // Tenths below ten seconds (0,4 s; 9,9 s), whole seconds from there on (10 s; 32 s).
  return ms < 9_950 ? `${(ms / 1000).toFixed(1).replace('.', ',')} s` : `${Math.round(ms / 1000)} s`;
}

/** A folder as a person would type it: ./data inside the working folder, the full path elsewhere. */
export function folderInWords(path: string, cwd = process.cwd()): string {
  const inside = relative(cwd, path);
  if (inside === '') return '.';
  return inside.startsWith('..') || inside.startsWith('/') ? path : `./${inside}`;
}

export function steps(
  config: { logLevel: string; env: string },
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Steps {
  const quiet = config.logLevel === 'silent' || config.env === 'test';
  const say = quiet ? () => {} : write;
  return {
    say,
    async timed(work, done) {
      const started = performance.now();
      const result = await work();
      say(`${done(result)} (${seconds(performance.now() - started)})`);
      return result;
    },
  };
}
