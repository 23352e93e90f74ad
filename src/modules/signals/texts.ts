// The standard texts the reporter reads, on their status page and in the status mail, per step. Never a private
// detail: the signal is about someone else. The team may write its own (signal_status_texts); these are the defaults.
import type { VisitResult } from './schema.js';
import type { SignalStatus } from './states.js';

/** A state, or for "erop af geweest" the visit's result, which the reporter hears in words fit for it. */
export type TextStep = Exclude<SignalStatus, 'erop_af_geweest'> | `erop_af_geweest:${VisitResult}`;

export const textSteps: readonly TextStep[] = [
  'gemeld',
  'in_behandeling',
  'erop_af_geweest:contact_gemaakt',
  'erop_af_geweest:geen_contact',
  'erop_af_geweest:wil_geen_hulp',
  'doorgezet',
  'afgesloten',
];

export const defaultStatusTexts: Record<TextStep, string> = {
  gemeld: 'Dank je wel voor je signaal. Het wijkteam heeft het ontvangen en kijkt ernaar.',
  in_behandeling: 'Iemand van het wijkteam heeft je signaal opgepakt.',
  'erop_af_geweest:contact_gemaakt':
    'We zijn langs geweest. Meer kunnen we niet vertellen, want het gaat over iemand anders.',
  'erop_af_geweest:geen_contact': 'We zijn langs geweest, maar we hebben niemand gesproken. We proberen het opnieuw.',
  'erop_af_geweest:wil_geen_hulp':
    'We zijn langs geweest. Meer kunnen we niet vertellen, want het gaat over iemand anders.',
  doorgezet: 'Je signaal is doorgezet naar de mensen die er iets mee kunnen doen.',
  afgesloten: 'We hebben je signaal afgerond. Dank je wel dat je naar je buurt omkijkt.',
};

/** The step a signal's state is at, as the texts know it. */
export const textStepOf = (status: SignalStatus, visitResult: VisitResult | null): TextStep =>
  status === 'erop_af_geweest' ? `erop_af_geweest:${visitResult ?? 'contact_gemaakt'}` : status;

export const isTextStep = (value: string): value is TextStep => (textSteps as readonly string[]).includes(value);
