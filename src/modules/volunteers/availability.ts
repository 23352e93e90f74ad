// Availability by part of day ("ma-ochtend", or a whole day "za"), roles, and the VOG's three-year life. Pure.
import { type Moment, parseMoments } from '../../kernel/time/index.js';

export const volunteerRoles = [
  'signaleren',
  'maatje',
  'mentor',
  'klussen',
  'vervoer',
  'gastgezin',
  'ervaringsdeskundige',
] as const;

/** "ma-ochtend;za" → moments; undefined when a value is not understood. A whole day counts for all its parts. */
export function parseAvailability(values: readonly string[]): Moment[] | undefined {
  const { moments, unknown } = parseMoments(values);
  return unknown.length > 0 ? undefined : moments;
}

export const VOG_VALID_YEARS = 3;

/** The last day a VOG issued on `vogDate` counts as valid. */
export function vogValidUntil(vogDate: string): string {
  const [y, m, d] = vogDate.split('-').map(Number);
  return `${(y ?? 0) + VOG_VALID_YEARS}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isVogValid(vogDate: string | null, today: string): boolean {
  return vogDate !== null && vogDate <= today && today < vogValidUntil(vogDate);
}

/** A reminder is due in the last two months before the VOG expires. */
export function isVogExpiringSoon(vogDate: string | null, today: string): boolean {
  if (vogDate === null || !isVogValid(vogDate, today)) return false;
  const until = new Date(`${vogValidUntil(vogDate)}T00:00:00Z`);
  until.setUTCMonth(until.getUTCMonth() - 2);
  return today >= until.toISOString().slice(0, 10);
}

/** Whether a VOG counts for the VOG rules of matching: valid today, and seen by someone of the team. */
export function isVogCounted(vogDate: string | null, status: 'opgegeven' | 'gezien' | null, today: string): boolean {
  return status === 'gezien' && isVogValid(vogDate, today);
}
