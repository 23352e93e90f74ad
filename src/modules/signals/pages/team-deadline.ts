// A signal's deadline in words, for the team's list and page and the daily summary: "nog 5 uur", "termijn verlopen
// sinds 2 dagen", "tweede termijn verlopen". Pure.
import { type Lang, tr } from '../../../kernel/ui/messages.js';

export type DeadlineState = 'op_tijd' | 'verlopen' | 'tweede_verlopen';

export const deadlineState = (dueAt: Date, secondDueAt: Date, now: Date): DeadlineState =>
  secondDueAt.getTime() < now.getTime() ? 'tweede_verlopen' : dueAt.getTime() < now.getTime() ? 'verlopen' : 'op_tijd';

/** "5 uur", "2 dagen", "1 dag", "10 minuten": the largest whole unit, rounded down. */
function span(lang: Lang, ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days >= 1) return days === 1 ? tr(lang, '1 dag', '1 day') : tr(lang, `${days} dagen`, `${days} days`);
  if (hours >= 1) return tr(lang, `${hours} uur`, hours === 1 ? '1 hour' : `${hours} hours`);
  return tr(lang, `${minutes} minuten`, `${minutes} minutes`);
}

export function deadlineInWords(lang: Lang, dueAt: Date, secondDueAt: Date, now: Date): string {
  switch (deadlineState(dueAt, secondDueAt, now)) {
    case 'tweede_verlopen':
      return tr(
        lang,
        `tweede termijn verlopen sinds ${span(lang, now.getTime() - secondDueAt.getTime())}`,
        `second deadline passed ${span(lang, now.getTime() - secondDueAt.getTime())} ago`,
      );
    case 'verlopen':
      return tr(
        lang,
        `termijn verlopen sinds ${span(lang, now.getTime() - dueAt.getTime())}`,
        `deadline passed ${span(lang, now.getTime() - dueAt.getTime())} ago`,
      );
    case 'op_tijd':
      return tr(
        lang,
        `nog ${span(lang, dueAt.getTime() - now.getTime())}`,
        `${span(lang, dueAt.getTime() - now.getTime())} left`,
      );
  }
}

const amsterdam = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const amsterdamDay = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "7 december 2026 om 10:00", in Amsterdam's time. */
export const momentInWords = (at: Date): string => amsterdam.format(at).replace(',', ' om').replace(' om om', ' om');
export const dayInWords = (at: Date): string => amsterdamDay.format(at);

/** The Amsterdam date as yyyy-mm-dd. */
export const amsterdamDate = (at: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(at);
