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
const list = (keys: readonly string[]) => keys.map((k) => needLabel(k).toLowerCase()).join(', ');

/** Collectief or informeel turned round when the neighbourhood has only the other kind of help for these needs. */
export function preferWhatExists(
  route: 'collectief' | 'informeel',
  needs: readonly NeedKey[],
  available: Availability,
): { route: 'collectief' | 'informeel'; reason: string } | undefined {
  if (route === 'collectief' && !needs.some((k) => available.collective(k)) && needs.some((k) => available.informal(k)))
    return { route: 'informeel', reason: 'er is in de buurt geen groepsactiviteit voor deze vraag' };
  if (route === 'informeel' && !needs.some((k) => available.informal(k)) && needs.some((k) => available.collective(k)))
    return { route: 'collectief', reason: 'er is in de buurt geen vrijwilliger voor deze vraag' };
  return undefined;
}

export function decideRoute(a: TextAnalysis, available?: Availability, maxNeeds = 3): RouteDecision {
  const uitleg: string[] = [];
  const scores = new Map<NeedKey, number>();
  for (const f of a.needs) if (isNeedKey(f.group)) scores.set(f.group, f.score);
  // Nothing reached a full point: take the strongest partial need, when it is clear enough.
  const partial = a.allNeeds[0];
  if (scores.size === 0 && partial && partial.score >= 0.6 && isNeedKey(partial.group) && !a.danger.acute) {
    scores.set(partial.group, partial.score);
    uitleg.push(
      `Geen duidelijke behoefte; het meest lijkt het op ${needLabel(partial.group).toLowerCase()} ` +
        `(${quote(partial.words)}).`,
    );
  }
  // Respite for a carer is mantelzorg, not also a maatje.
  if (scores.has('mantelzorg') && (scores.get('maatje') ?? 0) < 2) scores.delete('maatje');
  const escalated = (group: string) => (a.escalation[group]?.score ?? 0) >= 0.999;

  // Professional escalation can add a need the words alone did not reach.
  if (escalated('mantelzorg') && !scores.has('gezondheid')) scores.set('gezondheid', 1);
  if (escalated('wonen') && !scores.has('wonen')) scores.set('wonen', 1);
  if (a.danger.pastIsOver && !a.danger.acute) {
    uitleg.push(`De vrager zegt dat gevaar of geweld van vroeger voorbij is${quotedIn(a.danger.past)}. Vraag het na.`);
    // What the asker says is over is not a theme of today.
    scores.delete('veiligheid');
  } else if (a.danger.past.length > 0) {
    uitleg.push(
      `Er staan woorden over geweld of gevaar in het verleden (${quote(a.danger.past)}): ` +
        'geen spoed, wel een professional.',
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
    uitleg.push(`Spoed: signalen van acuut gevaar (${names}): ${quote(a.danger.signals)}.`);
    uitleg.push(
      'Direct opschalen naar een professional. Bij direct gevaar: 112. Veilig Thuis: 0800-2000. 113 ' +
        'Zelfmoordpreventie: 0800-0113.',
    );
  } else if (professionalThemes.length || escalatedThemes.length || stacked) {
    route = 'professioneel';
    if (professionalThemes.length)
      uitleg.push(`Professioneel: het thema ${list(professionalThemes)} vraagt een professional van het wijkteam.`);
    for (const k of escalatedThemes)
      uitleg.push(
        `Professioneel: bij ${needLabel(k).toLowerCase()} wijzen ${quote(a.escalation[k]!.words)} ` +
          'op meer dan lichte hulp.',
      );
    if (stacked)
      uitleg.push(
        escalated('stapeling')
          ? `Professioneel: meerdere problemen tegelijk (${quote(a.escalation.stapeling!.words)}).`
          : `Professioneel: meerdere problemen tegelijk (${list(domains)}).`,
      );
  } else if (scores.size === 0) {
    route = 'professioneel';
    uitleg.push(
      worried
        ? `Professioneel: iemand maakt zich zorgen (${quote(a.escalation.zorgen!.words)}) ` +
            'en er is geen duidelijke hulpvraag; een teamlid kijkt.'
        : 'Geen behoefte herkend in de tekst: een teamlid leest de vraag en kiest de route.',
    );
  } else {
    let lean = 0;
    const reasons: string[] = [];
    for (const [k, s] of scores) lean += routeLean[k] * Math.min(s, 1.2);
    const coll = a.cues.collectief?.score ?? 0;
    const inf = a.cues.informeel?.score ?? 0;
    lean += coll - inf;
    if (coll) reasons.push(`woorden voor een groep of plek: ${quote(a.cues.collectief!.words)}`);
    if (inf) reasons.push(`woorden voor hulp van één persoon: ${quote(a.cues.informeel!.words)}`);
    if (noGroup) {
      lean -= 3;
      reasons.push(`wil of kan niet in een groep: ${quote(a.cues.geen_groep!.words)}`);
    }
    if (housebound) {
      lean -= 2;
      reasons.push(`komt moeilijk de deur uit: ${quote(a.cues.thuis!.words)}`);
    }
    route = lean >= 0 ? 'collectief' : 'informeel';
    // What exists nearby: no group for these needs → one-to-one, and the other way round.
    if (available) {
      const preferred = preferWhatExists(route, [...scores.keys()], available);
      if (preferred) {
        route = preferred.route;
        reasons.push(preferred.reason);
      }
    }
    const why = reasons.length ? ` (${reasons.join('; ')})` : '';
    uitleg.push(
      route === 'collectief'
        ? `Collectief: een activiteit of voorziening in de buurt past bij ${list([...scores.keys()])}${why}.`
        : `Informeel: hulp van één vrijwilliger past bij ${list([...scores.keys()])}${why}.`,
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
      uitleg.push(
        `Herkend: ${found.map((f) => `${needLabel(f.group).toLowerCase()} (${quote(f.words)})`).join('; ')}.`,
      );
  }
  uitleg.push('Dit is een voorstel: een teamlid beslist.');
  return { route, needs, uitleg, signalen: a.danger.signals, professionalThemes, housebound, noGroup };
}
