// Moments a resident can pick in the form ("woensdagmiddag"), as form values and as triage moments. Pure.
import type { Moment } from './triage/types.js';

export const formDays = [
  ['ma', 'maandag', 'Monday'],
  ['di', 'dinsdag', 'Tuesday'],
  ['wo', 'woensdag', 'Wednesday'],
  ['do', 'donderdag', 'Thursday'],
  ['vr', 'vrijdag', 'Friday'],
  ['za', 'zaterdag', 'Saturday'],
  ['zo', 'zondag', 'Sunday'],
] as const;
export const formParts = [
  ['ochtend', 'ochtend', 'morning'],
  ['middag', 'middag', 'afternoon'],
  ['avond', 'avond', 'evening'],
] as const;

/** Form fields "dag" and "dagdeel" (each may be empty) → moments. An empty day means every day. */
export function momentsFrom(day: string, part: string): Moment[] {
  const days = day ? formDays.filter(([d]) => d === day).map(([d]) => d) : formDays.map(([d]) => d);
  const parts = part ? formParts.filter(([p]) => p === part).map(([p]) => p) : formParts.map(([p]) => p);
  if (!day && !part) return [];
  return days.flatMap((d) => parts.map((p) => ({ day: d, part: p })));
}
