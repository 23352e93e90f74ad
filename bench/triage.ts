// Triage benchmarks: one request at city scale (20,000 activities, 100,000 volunteers), p50/p95 in process with
// the candidate index the API keeps; and a batch of 1,000 requests at neighbourhood scale through `nabij triage
// --batch`, start-up included. Medians of several runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { needKeys } from '../src/kernel/taxonomy/needs.js';
import { buildCandidateIndex, trainFromCorpus, triageWithIndex } from '../src/modules/triage/index.js';
import { dayParts, type Moment, weekdays } from '../src/kernel/time/index.js';
import { ownSentences } from '../test/fixtures/own-sentences.js';
import type { Candidate } from '../src/modules/triage/index.js';

const activityNames = [
  'Koffieochtend',
  'Taalcafé',
  'Wandelgroep',
  'Repair Café',
  'Buurtmaaltijd',
  'Formulierenspreekuur',
  'Digitaal café',
];

const root = join(import.meta.dirname, '..');
const buurt = join(root, '..', 'shared', 'eval', 'buurt');
const devSet = join(root, '..', 'shared', 'eval', 'ontwikkelset.jsonl');

let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const descriptions = [
  'Elke week koffie en een praatje in het buurthuis, gewoon binnenlopen.',
  'Ik help graag met boodschappen en een kopje koffie. Niet op zondag.',
  'Samen wandelen in het park, rollator geen probleem.',
  'Hulp bij brieven, toeslagen en DigiD. Voor schulden verwijzen we door.',
  'Samen koken en eten, iedere week een ander gerecht.',
  'Klusjes in huis: een lamp ophangen, een kraan die lekt.',
];
// A city of about 10 by 10 km.
const point = () => ({ lat: 52.04 + rnd() * 0.09, lon: 5.03 + rnd() * 0.15 });

function cityCandidates(activities: number, volunteers: number): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < activities; i++)
    candidates.push({
      type: 'activiteit',
      id: `a${i}`,
      soort: pick(['activiteit', 'activiteit', 'voorziening', 'initiatief', 'dienst'] as const),
      name: `${pick(activityNames)} ${i}`,
      description: pick(descriptions),
      needKeys: [pick(needKeys), pick(needKeys)],
      professional: rnd() < 0.05,
      point: point(),
      schedule: { frequentie: 'wekelijks', dagen: [pick(weekdays)], start: '10:00', eind: '12:00' },
      exceptions: [],
      targetGroup: pick(['iedereen', '55+', 'kinderen van 8 tot 14', 'ouders met kinderen 0-4']),
      languages: rnd() < 0.2 ? ['nl', pick(['ar', 'tr', 'en', 'pl'])] : ['nl'],
      wheelchairAccessible: rnd() < 0.8,
      isFree: rnd() < 0.7,
      current: rnd() < 0.95,
    });
  for (let i = 0; i < volunteers; i++) {
    const availability: Moment[] = [
      { day: pick(weekdays), part: pick(dayParts) },
      { day: pick(weekdays), part: pick(dayParts) },
    ];
    candidates.push({
      type: 'vrijwilliger',
      id: `v${i}`,
      firstName: `V${i}`,
      point: point(),
      offers: [pick(needKeys), pick(needKeys)],
      roles: [],
      availability,
      radiusKm: pick([1, 2, 3, 5]),
      maxMatches: 2,
      activeMatches: Math.floor(rnd() * 3),
      vogValid: rnd() < 0.7,
      languages: ['nl'],
      description: pick(descriptions),
    });
  }
  return candidates;
}

function requestTexts(): string[] {
  const texts = ownSentences.map((c) => c.tekst);
  if (existsSync(devSet)) {
    texts.push(
      ...readFileSync(devSet, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { tekst: string }).tekst),
    );
  }
  return texts;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const round2 = (x: number) => Math.round(x * 100) / 100;

export type TriageBench = {
  training: { examples: number; ms: number; version: string };
  city: {
    activities: number;
    volunteers: number;
    indexBuildMs: number;
    requests: number;
    runs: { p50: number; p95: number }[];
    medianP50: number;
    medianP95: number;
  };
  batch: { requests: number; candidates: string; runsMs: number[]; medianMs: number } | { skipped: string };
};

export async function measureTriage(runs = 3): Promise<TriageBench> {
  const candidates = cityCandidates(20_000, 100_000);
  let t0 = performance.now();
  const index = buildCandidateIndex(candidates);
  const indexBuildMs = Math.round(performance.now() - t0);
  const texts = requestTexts();
  for (const tekst of texts.slice(0, 20)) triageWithIndex({ id: 'warm', tekst, point: point() }, index);
  const cityRuns: { p50: number; p95: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const times: number[] = [];
    for (const [i, tekst] of texts.entries()) {
      t0 = performance.now();
      triageWithIndex({ id: String(i), tekst, point: point() }, index);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    cityRuns.push({ p50: round2(percentile(times, 0.5)), p95: round2(percentile(times, 0.95)) });
  }

  let batch: TriageBench['batch'];
  if (!existsSync(buurt)) batch = { skipped: `${buurt} is not there` };
  else {
    const dir = mkdtempSync(join(tmpdir(), 'nabij-triage-bench-'));
    const env = { ...process.env, NABIJ_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', LOG_LEVEL: 'silent' };
    const nabij = join(root, 'bin', 'nabij.js');
    for (const [what, file] of [
      ['postcodes', 'postcodes.csv'],
      ['activiteiten', 'activiteiten.csv'],
      ['vrijwilligers', 'vrijwilligers.csv'],
    ] as const) {
      execFileSync('node', [nabij, 'import', what, join(buurt, file)], { env, stdio: 'ignore' });
    }
    const lines = Array.from({ length: 1000 }, (_, i) =>
      JSON.stringify({ id: `b${i}`, tekst: texts[i % texts.length], postcode: '3532 LC' }),
    );
    const input = join(dir, 'requests.jsonl');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const runsMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      t0 = performance.now();
      const result = spawnSync('node', [nabij, 'triage', '--batch'], {
        env,
        input: readFileSync(input),
        maxBuffer: 64 * 1024 * 1024,
      });
      runsMs.push(Math.round(performance.now() - t0));
      const answered = result.stdout.toString().split('\n').filter(Boolean).length;
      if (result.status !== 0 || answered !== 1000)
        throw new Error(`triage --batch answered ${answered} of 1000 (exit ${result.status})`);
    }
    rmSync(dir, { recursive: true, force: true });
    batch = {
      requests: 1000,
      candidates: '45 activities, 35 volunteers (../shared/eval/buurt)',
      runsMs,
      medianMs: median(runsMs),
    };
  }
  // Training the base model from the corpus (four held-out folds and the final model), once: it takes tens of seconds.
  t0 = performance.now();
  const { model } = trainFromCorpus();
  const training = {
    examples: model.trainedOn.examples,
    ms: Math.round(performance.now() - t0),
    version: model.version,
  };
  return {
    training,
    city: {
      activities: 20_000,
      volunteers: 100_000,
      indexBuildMs,
      requests: texts.length,
      runs: cityRuns,
      medianP50: median(cityRuns.map((r) => r.p50)),
      medianP95: median(cityRuns.map((r) => r.p95)),
    },
    batch,
  };
}
