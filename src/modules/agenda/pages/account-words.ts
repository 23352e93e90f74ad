// The words of the public account: result statuses, roles, and the owner as the public sees them.
import type { Role } from '../../../kernel/auth/roles.js';
import { type Lang, tr } from '../../../kernel/ui/messages.js';
import type { ResultStatus } from '../schema.js';
import { resultTransitions } from '../states.js';

const statusWords: Record<ResultStatus, [string, string]> = {
  gepland: ['Gepland', 'Planned'],
  bezig: ['Bezig', 'In progress'],
  klaar: ['Klaar', 'Done'],
  gestopt: ['Gestopt', 'Stopped'],
};

export const resultStatusWords = (lang: Lang, status: ResultStatus): string => {
  const [nl, en] = statusWords[status];
  return tr(lang, nl, en);
};

const roleWords: Partial<Record<Role, [string, string]>> = {
  wijkteamlid: ['wijkteamlid', 'neighbourhood team member'],
  regisseur: ['regisseur', 'case manager'],
  opbouwwerker: ['opbouwwerker', 'community worker'],
  beheerder: ['beheerder', 'administrator'],
};

/** "Joost, opbouwwerker": the first word of the display name and the role; never the full name. */
export function ownerInWords(lang: Lang, displayName: string, role: Role): string {
  const first = displayName.trim().split(/\s+/)[0] ?? '';
  const words = roleWords[role];
  return `${first}, ${words ? tr(lang, words[0], words[1]) : role}`;
}

const eventWords: Record<string, [string, string]> = {
  ingediend: ['Voorstel ingediend', 'Proposal submitted'],
  besproken: ['Besproken', 'Discussed'],
  beantwoord: ['Beantwoord door het team', 'Answered by the team'],
  teruggezet: ['Opnieuw bekeken', 'Reconsidered'],
  resultaat: ['Resultaat gemaakt', 'Result made'],
};

/** The public name of a step of the proposal; steps without one (hiding) are left off the timeline. */
export const proposalEventWords = (lang: Lang, kind: string): string | null => {
  const words = eventWords[kind];
  return words ? tr(lang, words[0], words[1]) : null;
};

export const dateInWords = (lang: Lang, date: Date | string): string =>
  new Date(typeof date === 'string' ? `${date}T12:00:00Z` : date).toLocaleDateString(
    lang === 'en' ? 'en-GB' : 'nl-NL',
    { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' },
  );

/** The result steps the team can choose from a status, read from the one table in states.ts. */
export const nextResultStatuses = (from: ResultStatus): ResultStatus[] =>
  resultTransitions.filter((t) => t.from === from).map((t) => t.to);
