// Danger on its own: whether a text holds acute danger, for the first check of a help request and for signals.
// The same safety net as triage: the lexicon's danger words or the model's danger score can raise it.
import { dangerClasses } from './lexicon.js';
import { decideWithModel } from './model/decision.js';
import { type TriageModel, readText } from './model/model.js';
import { baseModel } from './model/store.js';

export type DangerCheck = {
  /** Acute danger: the route is spoed and a professional looks within the hour. */
  acute: boolean;
  /** The kinds of danger, in plain Dutch ("geweld thuis"). */
  kinds: string[];
  /** The writer's own words that carried the signal. */
  signals: string[];
};

export function detectDanger(text: string, model: TriageModel | undefined = baseModel()): DangerCheck {
  const reading = readText(text);
  const { danger } = reading.analysis;
  const kinds = danger.classes.map((c) => dangerClasses[c]?.name ?? c);
  if (!model) return { acute: danger.acute, kinds, signals: danger.signals };
  const decision = decideWithModel(model, reading);
  const acute = decision.route === 'spoed';
  return {
    acute,
    kinds: acute && !kinds.length ? ['mogelijk gevaar'] : kinds,
    signals: acute ? decision.signalen : danger.signals,
  };
}
