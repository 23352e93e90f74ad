// The route of a request (TAXONOMY.md): spoed wins over everything, professional-only themes are never
// collective or informal alone, and between collectief and informeel the needs, the words and what exists decide.
import { type NeedKey, isNeedKey, needLabel } from '../../kernel/taxonomy/needs.js';
import type { TextAnalysis } from './analyse.js';
import { dangerClasses, professionalOnly, routeLean } from './lexicon.js';
import type { Route } from './types.js';

/** Needs whose problems pile up into "multiple interlocking problems". */
const lifeDomains: ReadonlySet<NeedKey> = new Set([
  'schulden',
  'geldzaken',
  'wonen',
  'werk',
  'opvoeding',
  'psychisch',
  'gezondheid',
  'verslaving',
  'jongeren',
  'veiligheid',
]);

/** What exists nearby for a need: used to tip the balance between collectief and informeel. */
export type Availability = { collective(need: NeedKey): boolean; informal(need: NeedKey): boolean };

export type RouteDecision = {
  route: Route;
  needs: NeedKey[];
  uitleg: string[];
  /** The same explanation in English, line for line (the asker's quoted words stay as written). */
  uitlegEn: string[];
  signalen: string[];
  /** The needs that made it professional. */
  professionalThemes: NeedKey[];
  /** Housebound, or does not want a group. */
  housebound: boolean;
  noGroup: boolean;
};

const quote = (words: readonly string[]) =>
  words
    .slice(0, 4)
    .map((w) => `'${w}'`)
    .join(', ');
/** " ('woorden')" after a phrase, or nothing when there are no words. */
const quotedIn = (words: readonly string[]) => (words.length ? ` (${quote(words)})` : '');
const list = (keys: readonly string[], lang: 'nl' | 'en' = 'nl') =>
  keys.map((k) => needLabel(k, lang).toLowerCase()).join(', ');

/** Names of the danger classes in English; the Dutch ones come from the lexicon. */
const dangerNamesEn: Record<string, string> = {
  suicide: 'suicide',
  geweld: 'violence or threat',
  kind: 'a child unsafe or neglected',
  verwaarlozing: 'neglect or exploitation of a vulnerable adult',
  medisch: 'acute medical danger',
  vermist: 'missing or no sign of life',
};

/** Collectief or informeel turned round when the neighbourhood has only the other kind of help for these needs. */
export function preferWhatExists(
  route: 'collectief' | 'informeel',
  needs: readonly NeedKey[],
  available: Availability,
): { route: 'collectief' | 'informeel'; reason: string; reasonEn: string } | undefined {
  if (route === 'collectief' && !needs.some((k) => available.collective(k)) && needs.some((k) => available.informal(k)))
    return {
      route: 'informeel',
      reason: 'er is in de buurt geen groepsactiviteit voor deze vraag',
      reasonEn: 'the neighbourhood has no group activity for this question',
    };
  if (route === 'informeel' && !needs.some((k) => available.informal(k)) && needs.some((k) => available.collective(k)))
    return {
      route: 'collectief',
      reason: 'er is in de buurt geen vrijwilliger voor deze vraag',
      reasonEn: 'the neighbourhood has no volunteer for this question',
    };
  return undefined;
}

export function decideRoute(a: TextAnalysis, available?: Availability, maxNeeds = 3): RouteDecision {
  const lines: { nl: string; en: string }[] = [];
  const say = (nl: string, en: string) => lines.push({ nl, en });
  const scores = new Map<NeedKey, number>();
  for (const f of a.needs) if (isNeedKey(f.group)) scores.set(f.group, f.score);
  // Nothing reached a full point: take the strongest partial need, when it is clear enough.
  const partial = a.allNeeds[0];
  if (scores.size === 0 && partial && partial.score >= 0.6 && isNeedKey(partial.group) && !a.danger.acute) {
    scores.set(partial.group, partial.score);
    say(
      `Geen duidelijke behoefte; het meest lijkt het op ${needLabel(partial.group).toLowerCase()} ` +
        `(${quote(partial.words)}).`,
      `No clear need; it looks most like ${needLabel(partial.group, 'en').toLowerCase()} (${quote(partial.words)}).`,
    );
  }
  // Respite for a carer is mantelzorg, not also a maatje.
  if (scores.has('mantelzorg') && (scores.get('maatje') ?? 0) < 2) scores.delete('maatje');
  const escalated = (group: string) => (a.escalation[group]?.score ?? 0) >= 0.999;

  // Professional escalation can add a need the words alone did not reach.
  if (escalated('mantelzorg') && !scores.has('gezondheid')) scores.set('gezondheid', 1);
  if (escalated('wonen') && !scores.has('wonen')) scores.set('wonen', 1);
  if (a.danger.pastIsOver && !a.danger.acute) {
    say(
      `De vrager zegt dat gevaar of geweld van vroeger voorbij is${quotedIn(a.danger.past)}. Vraag het na.`,
      `The asker says danger or violence from the past is over${quotedIn(a.danger.past)}. Check this.`,
    );
    // What the asker says is over is not a theme of today.
    scores.delete('veiligheid');
  } else if (a.danger.past.length > 0) {
    say(
      `Er staan woorden over geweld of gevaar in het verleden (${quote(a.danger.past)}): ` +
        'geen spoed, wel een professional.',
      `There are words about violence or danger in the past (${quote(a.danger.past)}): ` +
        'not urgent, but a professional.',
    );
    if (!scores.has('veiligheid')) scores.set('veiligheid', 1);
  }
  // Danger needs go first.
  for (const k of a.danger.needs) scores.set(k, Math.max(scores.get(k) ?? 0, 10));

  const housebound = (a.cues.thuis?.words.length ?? 0) > 0;
  const noGroup = (a.cues.geen_groep?.words.length ?? 0) > 0;
  let route: Route;
  const professionalThemes = [...scores.keys()].filter((k) => professionalOnly.has(k));
  const escalatedThemes = (['wonen', 'opvoeding', 'geldzaken'] as const).filter((k) => scores.has(k) && escalated(k));
  const domains = [...scores.keys()].filter((k) => lifeDomains.has(k));
  const stacked = escalated('stapeling') || domains.length >= 3;
  const worried = escalated('zorgen');

  if (a.danger.acute) {
    route = 'spoed';
    const names = a.danger.classes.map((c) => dangerClasses[c]?.name ?? c).join(', ');
    const namesEn = a.danger.classes.map((c) => dangerNamesEn[c] ?? c).join(', ');
    say(
      `Spoed: signalen van acuut gevaar (${names}): ${quote(a.danger.signals)}.`,
      `Urgent: signs of acute danger (${namesEn}): ${quote(a.danger.signals)}.`,
    );
    say(
      'Direct opschalen naar een professional. Bij direct gevaar: 112. Veilig Thuis: 0800-2000. 113 ' +
        'Zelfmoordpreventie: 0800-0113.',
      'Escalate to a professional at once. In immediate danger: 112. Veilig Thuis (domestic violence): ' +
        '0800-2000. 113 suicide prevention: 0800-0113.',
    );
  } else if (professionalThemes.length || escalatedThemes.length || stacked) {
    route = 'professioneel';
    if (professionalThemes.length)
      say(
        `Professioneel: het thema ${list(professionalThemes)} vraagt een professional van het wijkteam.`,
        `Professional: the theme ${list(professionalThemes, 'en')} needs a professional of the team.`,
      );
    for (const k of escalatedThemes)
      say(
        `Professioneel: bij ${needLabel(k).toLowerCase()} wijzen ${quote(a.escalation[k]!.words)} ` +
          'op meer dan lichte hulp.',
        `Professional: with ${needLabel(k, 'en').toLowerCase()}, ${quote(a.escalation[k]!.words)} ` +
          'point to more than light help.',
      );
    if (stacked) {
      const what = escalated('stapeling') ? quote(a.escalation.stapeling!.words) : undefined;
      say(
        `Professioneel: meerdere problemen tegelijk (${what ?? list(domains)}).`,
        `Professional: several problems at once (${what ?? list(domains, 'en')}).`,
      );
    }
  } else if (scores.size === 0) {
    route = 'professioneel';
    if (worried)
      say(
        `Professioneel: iemand maakt zich zorgen (${quote(a.escalation.zorgen!.words)}) ` +
          'en er is geen duidelijke hulpvraag; een teamlid kijkt.',
        `Professional: someone is worried (${quote(a.escalation.zorgen!.words)}) ` +
          'and there is no clear question for help; a team member looks at it.',
      );
    else
      say(
        'Geen behoefte herkend in de tekst: een teamlid leest de vraag en kiest de route.',
        'No need recognised in the text: a team member reads the question and chooses the route.',
      );
  } else {
    let lean = 0;
    const reasons: { nl: string; en: string }[] = [];
    const reason = (nl: string, en: string) => reasons.push({ nl, en });
    for (const [k, s] of scores) lean += routeLean[k] * Math.min(s, 1.2);
    const coll = a.cues.collectief?.score ?? 0;
    const inf = a.cues.informeel?.score ?? 0;
    lean += coll - inf;
    if (coll)
      reason(
        `woorden voor een groep of plek: ${quote(a.cues.collectief!.words)}`,
        `words for a group or place: ${quote(a.cues.collectief!.words)}`,
      );
    if (inf)
      reason(
        `woorden voor hulp van één persoon: ${quote(a.cues.informeel!.words)}`,
        `words for help from one person: ${quote(a.cues.informeel!.words)}`,
      );
    if (noGroup) {
      lean -= 3;
      reason(
        `wil of kan niet in een groep: ${quote(a.cues.geen_groep!.words)}`,
        `does not want to or cannot join a group: ${quote(a.cues.geen_groep!.words)}`,
      );
    }
    if (housebound) {
      lean -= 2;
      reason(
        `komt moeilijk de deur uit: ${quote(a.cues.thuis!.words)}`,
        `finds it hard to leave the house: ${quote(a.cues.thuis!.words)}`,
      );
    }
    route = lean >= 0 ? 'collectief' : 'informeel';
    // What exists nearby: no group for these needs → one-to-one, and the other way round.
    if (available) {
      const preferred = preferWhatExists(route, [...scores.keys()], available);
      if (preferred) {
        route = preferred.route;
        reason(preferred.reason, preferred.reasonEn);
      }
    }
    const why = (lang: 'nl' | 'en') => (reasons.length ? ` (${reasons.map((r) => r[lang]).join('; ')})` : '');
    const themes = [...scores.keys()];
    if (route === 'collectief')
      say(
        `Collectief: een activiteit of voorziening in de buurt past bij ${list(themes)}${why('nl')}.`,
        `Collective: an activity or service in the neighbourhood fits ${list(themes, 'en')}${why('en')}.`,
      );
    else
      say(
        `Informeel: hulp van één vrijwilliger past bij ${list(themes)}${why('nl')}.`,
        `Informal: help from one volunteer fits ${list(themes, 'en')}${why('en')}.`,
      );
  }

  // Companionship: one-to-one it is a maatje, in a group it is ontmoeting.
  if (route === 'informeel') {
    if (scores.has('ontmoeting')) {
      scores.set('maatje', Math.max(scores.get('maatje') ?? 0, scores.get('ontmoeting')!));
      scores.delete('ontmoeting');
    }
    if (scores.has('bewegen') && !scores.has('maatje') && (a.cues.informeel?.score ?? 0) > 0) scores.set('maatje', 1);
  } else if (route === 'collectief' && scores.has('maatje') && !scores.has('ontmoeting')) {
    scores.set('ontmoeting', scores.get('maatje')!);
    scores.delete('maatje');
  }

  const needs = [...scores.entries()]
    .sort((x, y) => y[1] - x[1])
    .map(([k]) => k)
    .slice(0, Math.max(maxNeeds, a.danger.needs.length));
  if (needs.length) {
    const found = a.allNeeds.filter((f) => needs.includes(f.group as NeedKey));
    if (found.length)
      say(
        `Herkend: ${found.map((f) => `${needLabel(f.group).toLowerCase()} (${quote(f.words)})`).join('; ')}.`,
        `Recognised: ${found.map((f) => `${needLabel(f.group, 'en').toLowerCase()} (${quote(f.words)})`).join('; ')}.`,
      );
  }
  say('Dit is een voorstel: een teamlid beslist.', 'This is a suggestion: a team member decides.');
  return {
    route,
    needs,
    uitleg: lines.map((l) => l.nl),
    uitlegEn: lines.map((l) => l.en),
    signalen: a.danger.signals,
    professionalThemes,
    housebound,
    noGroup,
  };
}
