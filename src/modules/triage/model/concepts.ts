// Danger as concepts rather than phrases: who is vulnerable, what threatens, that it is now, and that nobody is
// helping. Each is a short list of word beginnings from Dutch practice (meldcode, 112, 113), not from any
// writer's sentences; the model learns how much each concept and each pair of concepts weighs. A pair such as
// "a hazard and now" is what a linear model cannot see from single words.
import { normalise } from '../text.js';

const concepts = {
  nu: 'nu net vannacht vanavond vandaag vanochtend gisteravond gisteren straks zojuist momenteel sinds al',
  kwetsbaar:
    'baby pasgebor peuter kleuter kindje kinderen kind zoontje dochtertje zusje broertje oma opa bejaard ' +
    'dement alzheimer rolstoel bedlegerig gehandicapt beperking zwanger hoogbejaard meisje jongen minderjarig',
  niemand: 'niemand alleen reageert opendoet doetniet neemtniet onbereikbaar zonderhulp geenhulp',
  lichaam:
    'adem bewusteloos flauw gevallen valt ligt grond scheef verward suiker hypo overdosis bloed bloedt ' +
    'borst blauw stuip epilep krampen onwel opgezwollen',
  geweld: 'slaat sloeg schopt duwt wurg knijpt bedreig dreig mes messen pistool wapen plekken geschreeuw gillen',
  vuur: 'brand rook gas gaslucht koolmonoxide vlam smeul schroei',
  afscheid:
    'afscheid weggeven weggegeven geefweg nietmeernodig laatste klaarmee hoeftniet einde dood leven ' +
    'zelfmoord pillen tabletten spaart opgespaard brug spoor',
  vermist: 'kwijt vermist weggelopen zoek dwaalt dwalen verdwenen nietthuis',
  uitbuiting: 'paspoort afgepakt afpakken opgesloten schuldaf mag niet weg onderbetaald loverboy pooier',
  kou: 'buiten portiek straat dakloos vriest vorst koud bevroren slaapzak',
  seksueel: 'naakt foto chat oudere cadeau geheim snapchat webcam aangerand misbruik',
  uitzetting: 'ontruim uitzet deurwaarder sleutel opstraat slot',
} as const;

export type Concept = keyof typeof concepts;
const hazards: readonly Concept[] = [
  'lichaam',
  'geweld',
  'vuur',
  'afscheid',
  'vermist',
  'uitbuiting',
  'kou',
  'seksueel',
  'uitzetting',
];

const beginnings = new Map<Concept, string[]>(
  Object.entries(concepts).map(([k, words]) => [k as Concept, words.split(' ').map((w) => normalise(w))]),
);

/** The concepts present in a text's words (and in adjacent word pairs written together: "doet niet" → "doetniet"). */
export function conceptsIn(words: readonly string[]): Set<Concept> {
  const found = new Set<Concept>();
  const forms = [...words, ...words.slice(1).map((w, i) => words[i] + w)];
  for (const [concept, starts] of beginnings)
    if (forms.some((w) => starts.some((s) => w.startsWith(s) && (s.length >= 4 || w.length <= s.length + 2))))
      found.add(concept);
  return found;
}

/** Concept features: each concept, and each hazard together with now, a vulnerable person, or nobody helping. */
export function conceptFeatures(words: readonly string[]): string[] {
  const found = conceptsIn(words);
  const names = [...found].map((c) => `concept:${c}`);
  for (const h of hazards) {
    if (!found.has(h)) continue;
    for (const with_ of ['nu', 'kwetsbaar', 'niemand'] as const)
      if (found.has(with_)) names.push(`concept:${h}+${with_}`);
  }
  if (found.has('kwetsbaar') && found.has('niemand')) names.push('concept:kwetsbaar+niemand');
  return names;
}
