// The "when" question of the request form ("woensdagmiddag"): form values to triage moments. Pure.
import { type Moment, dayParts, isDayPart, isWeekday, weekdays } from '../../kernel/time/index.js';

/** Form fields "dag" and "dagdeel" (each may be empty) → moments. An empty day means every day. */
export function momentsFrom(day: string, part: string): Moment[] {
  if (!day && !part) return [];
  const days = isWeekday(day) ? [day] : [...weekdays];
  const parts = isDayPart(part) ? [part] : [...dayParts];
  return days.flatMap((d) => parts.map((p) => ({ day: d, part: p })));
}
