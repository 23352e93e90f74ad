// Benchmark (not a test): 20,000 activities and 100,000 volunteers, p95 time per request.
//   cd /work/main && npx tsx src/modules/requests/triage/bench.ts
import { readFileSync } from 'node:fs';
import { needKeys } from '../../../kernel/taxonomy/needs.js';
import { buildCandidateIndex, triageWithIndex } from './engine.js';
import { ownSentences } from './own-sentences.js';
import type { Candidate, Moment } from './types.js';

let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const days = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
const parts = ['ochtend', 'middag', 'avond'] as const;
const descriptions = [
  'Elke week koffie en een praatje in het buurthuis, gewoon binnenlopen.',
  'Ik help graag met boodschappen en een kopje koffie. Niet op zondag.',
  'Samen wandelen in het park, rollator geen probleem.',
  'Hulp bij brieven, toeslagen en DigiD. Voor schulden verwijzen we door.',
];
// A city of about 10 by 10 km around Wijkstad.
const point = () => ({ lat: 52.04 + rnd() * 0.09, lon: 5.03 + rnd() * 0.15 });
const candidates: Candidate[] = [];
for (let i = 0; i < 20_000; i++)
  candidates.push({
    type: 'activiteit', id: `a${i}`, soort: 'activiteit', name: `Activiteit ${i}`, description: pick(descriptions),
    needKeys: [pick(needKeys), pick(needKeys)], professional: rnd() < 0.05, point: point(),
    schedule: { frequentie: 'wekelijks', dagen: [pick(days)], start: '10:00', eind: '12:00' }, exceptions: [],
    targetGroup: pick(['iedereen', '55+', 'kinderen van 8 tot 14', 'ouders met kinderen 0-4']), languages: ['nl'],
    wheelchairAccessible: rnd() < 0.8, isFree: true, current: rnd() < 0.95,
  });
for (let i = 0; i < 100_000; i++) {
  const availability: Moment[] = [{ day: pick(days), part: pick(parts) }, { day: pick(days), part: pick(parts) }];
  candidates.push({
    type: 'vrijwilliger', id: `v${i}`, firstName: `V${i}`, point: point(), offers: [pick(needKeys), pick(needKeys)], roles: [],
    availability, radiusKm: pick([1, 2, 3, 5]), maxMatches: 2, activeMatches: Math.floor(rnd() * 3), vogValid: rnd() < 0.7,
    languages: ['nl'], description: pick(descriptions),
  });
}
let t0 = performance.now();
const index = buildCandidateIndex(candidates);
console.log(`index of ${candidates.length} candidates built in ${Math.round(performance.now() - t0)} ms`);
const texts = [
  ...readFileSync('/work/shared/eval/ontwikkelset.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { tekst: string }).tekst),
  ...ownSentences.map((c) => c.tekst),
];
const times: number[] = [];
for (let round = 0; round < 3; round++)
  for (const [i, tekst] of texts.entries()) {
    t0 = performance.now();
    triageWithIndex({ id: String(i), tekst, point: point() }, index);
    times.push(performance.now() - t0);
  }
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
console.log(`${times.length} requests: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`);
