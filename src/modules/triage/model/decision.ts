// The route decision with the learned model: the model proposes route and needs, danger is a safety net (the
// rules or the model can raise spoed), and the rules of TAXONOMY.md hold whatever the model says.
import { type NeedKey, needLabel } from '../../../kernel/taxonomy/needs.js';
import { professionalOnly } from '../lexicon.js';
import { type Availability, type RouteDecision, preferWhatExists } from '../route.js';
import type { Route } from '../types.js';
import { type Reason, reasonsFor, unitsFor } from './explain.js';
import { type Reading, type TriageModel, decide } from './model.js';

export type ModelRouteDecision = RouteDecision & {
  /** The same explanation in English, line for line. */
  uitlegEn: string[];
  model: string;
};

const numbers: Reason = {
  nl:
    'Direct opschalen naar een professional. Bij direct gevaar: 112. Veilig Thuis: 0800-2000. ' +
    '113 Zelfmoordpreventie: 0800-0113.',
  en:
    'Escalate to a professional now. In immediate danger: 112. Veilig Thuis: 0800-2000. ' +
    '113 Suicide prevention: 0800-0113.',
};
const routeNames: Record<Route, Reason> = {
  spoed: { nl: 'Spoed', en: 'Urgent' },
  professioneel: { nl: 'Professioneel', en: 'Professional' },
  collectief: { nl: 'Collectief', en: 'Collective' },
  informeel: { nl: 'Informeel', en: 'Informal' },
};
/** A route in the page's language. */
export const routeName = (lang: 'nl' | 'en', route: string): string => routeNames[route as Route]?.[lang] ?? route;
const listOf = (keys: readonly NeedKey[], lang: 'nl' | 'en') =>
  keys.map((k) => needLabel(k, lang).toLowerCase()).join(', ');
const quote = (words: readonly string[]) => words.map((w) => `'${w}'`).join(', ');

export function decideWithModel(model: TriageModel, reading: Reading, available?: Availability): ModelRouteDecision {
  const { rules } = reading;
  const d = decide(model, reading);
  const lines: Reason[] = [];
  let route = d.route;
  // Danger needs go first, so the emergency services lead the suggestions: the lexicon's kind of danger when it
  // saw one, or safety when the model raised spoed on its own and found no danger need itself.
  const dangerNeeds: NeedKey[] =
    route !== 'spoed'
      ? []
      : reading.analysis.danger.acute
        ? reading.analysis.danger.needs
        : d.needs.some((k) => k === 'veiligheid' || k === 'gezondheid' || k === 'psychisch')
          ? []
          : ['veiligheid'];
  const needs = [...new Set([...dangerNeeds, ...d.needs])].slice(0, Math.max(3, dangerNeeds.length));
  const percent = (x: number) => `${Math.round(x * 100)}%`;

  // Danger the model saw, in the writer's own words: the words that pushed most towards spoed.
  const modelSignals =
    route === 'spoed'
      ? unitsFor(model, reading, 'spoed')
          .filter((u) => !u.concept && u.weight >= 0.25)
          .slice(0, 3)
          .map((u) => u.text)
      : [];
  const signalen = [...new Set([...rules.signalen, ...modelSignals])];
  const professionalThemes = needs.filter((k) => professionalOnly.has(k));

  if (route === 'spoed') {
    const by = d.dangerRules
      ? { nl: 'de gevaarwoorden zien', en: 'the danger words see' }
      : {
          nl: `het model (${percent(d.spoedProbability)}) ziet`,
          en: `the model (${percent(d.spoedProbability)}) sees`,
        };
    lines.push({
      nl: `Spoed: ${by.nl} mogelijk acuut gevaar (${quote(signalen.slice(0, 4))}). Bij twijfel: spoed.`,
      en: `Urgent: ${by.en} possible acute danger (${quote(signalen.slice(0, 4))}). When in doubt: urgent.`,
    });
    lines.push(numbers);
  } else if (professionalThemes.length && route !== 'professioneel') {
    // Rule 2: a professional-only theme is never collective or informal alone.
    route = 'professioneel';
    lines.push({
      nl: `Professioneel: het thema ${listOf(professionalThemes, 'nl')} vraagt een professional van het wijkteam.`,
      en: `Professional: the theme ${listOf(professionalThemes, 'en')} needs a professional of the team.`,
    });
  } else if ((route === 'collectief' || route === 'informeel') && available) {
    const preferred = preferWhatExists(route, needs, available);
    if (preferred) {
      route = preferred.route;
      lines.push({
        nl: `${routeNames[route].nl}: ${preferred.reason}.`,
        en: `${routeNames[route].en}: ${preferred.reasonEn}.`,
      });
    }
  }
  if (route !== 'spoed')
    lines.push({
      nl: `${routeNames[route].nl}: het model geeft ${percent(d.probabilities[route])}.`,
      en: `${routeNames[route].en}: the model gives ${percent(d.probabilities[route])}.`,
    });
  lines.push(...reasonsFor(model, reading, route));
  for (const k of needs) lines.push(...reasonsFor(model, reading, `n:${k}`, 2));
  if (rules.route !== route)
    lines.push({
      nl: `De vaste regels alleen kozen ${routeNames[rules.route].nl.toLowerCase()}.`,
      en: `The fixed rules alone chose ${routeNames[rules.route].en.toLowerCase()}.`,
    });
  lines.push({ nl: 'Dit is een voorstel: een teamlid beslist.', en: 'This is a proposal: a team member decides.' });
  const unique = lines.filter((l, i) => lines.findIndex((m) => m.nl === l.nl) === i);
  return {
    route,
    needs,
    uitleg: unique.map((l) => l.nl),
    uitlegEn: unique.map((l) => l.en),
    signalen,
    professionalThemes,
    housebound: rules.housebound,
    noGroup: rules.noGroup,
    model: model.version,
  };
}
