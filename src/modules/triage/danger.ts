// Danger on its own: whether a text holds acute danger, for the first check of a help request and for signals.
import { analyse } from './analyse.js';
import { dangerClasses } from './lexicon.js';

export type DangerCheck = {
  /** Acute danger: the route is spoed and a professional looks within the hour. */
  acute: boolean;
  /** The kinds of danger, in plain Dutch ("geweld thuis"). */
  kinds: string[];
  /** The writer's own words that carried the signal. */
  signals: string[];
};

export function detectDanger(text: string): DangerCheck {
  const { danger } = analyse(text);
  return {
    acute: danger.acute,
    kinds: danger.classes.map((c) => dangerClasses[c]?.name ?? c),
    signals: danger.signals,
  };
}
