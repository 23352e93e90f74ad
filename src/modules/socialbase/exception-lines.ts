// The dates an entry does not take place, as an owner types them: one period per line, like
// "2026-12-21/2027-01-03 kerstvakantie" or "2027-04-27 Koningsdag".
import { exceptionSchema, type ScheduleException } from '../../kernel/time/index.js';

/** "2026-12-21/2027-01-03 kerstvakantie" per line → periods; undefined when a line is not understood. */
export function parseExceptionLines(text: string): ScheduleException[] | undefined {
  const periods: ScheduleException[] = [];
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const match = /^(\d{4}-\d{2}-\d{2})(?:\s*\/\s*(\d{4}-\d{2}-\d{2}))?\s*(.*)$/.exec(line);
    if (!match) return undefined;
    const period = exceptionSchema.safeParse({ van: match[1], tot: match[2] ?? match[1], reden: match[3] ?? '' });
    if (!period.success || period.data.tot < period.data.van) return undefined;
    periods.push(period.data);
  }
  return periods;
}

/** The periods back as lines, so the form shows what is stored. */
export const exceptionLines = (exceptions: readonly ScheduleException[]): string =>
  exceptions.map((e) => `${e.van === e.tot ? e.van : `${e.van}/${e.tot}`} ${e.reden}`.trim()).join('\n');
