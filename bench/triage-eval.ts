// Developer script: triage the development set against the fictional neighbourhood and score it.
//   node bin/run-ts.js bench/triage-eval.ts [--from d061] [--to d080] [--show] [--json] [--set FILE]
// --set scores another request file in the same shape (for example a set written by someone else, kept out of tuning).
// Reads the files directly (no database), writes the answers to the temp folder and runs the evaluation's
// score.mjs from NABIJ_EVAL_DIR (default: the eval folder of ../shared beside the repository).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTableFile } from '../src/kernel/tables/index.js';
import { postcodeLookup } from '../src/kernel/geo/index.js';
import { activityFromInput, parseActivityRows } from '../src/modules/socialbase/index.js';
import { volunteerFromRow } from '../src/modules/volunteers/index.js';
import { buildCandidateIndex, triageWithIndex } from '../src/modules/triage/index.js';
import type { Candidate } from '../src/modules/triage/index.js';

const evalDir = process.env.NABIJ_EVAL_DIR ?? join(import.meta.dirname, '..', '..', 'shared', 'eval');
const buurt = join(evalDir, 'buurt');
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const from = arg('--from') ?? '';
const to = arg('--to') ?? '\uffff';

const activityRows = await readTableFile(readFileSync(join(buurt, 'activiteiten.csv')));
const parsed = parseActivityRows(activityRows);
if (parsed.errors.length) console.error('activiteiten.csv:', parsed.errors.slice(0, 5));
const volunteerRows = await readTableFile(readFileSync(join(buurt, 'vrijwilligers.csv')));
const postcodes = postcodeLookup(await readTableFile(readFileSync(join(buurt, 'postcodes.csv'))));
const candidates: Candidate[] = [
  ...parsed.rows.map((r) => activityFromInput(r)),
  ...volunteerRows.map(volunteerFromRow),
];
const index = buildCandidateIndex(candidates);

type Line = {
  id: string;
  tekst: string;
  postcode?: string;
  verwacht?: { route: string; behoeften: string[]; passend: string[]; niet_passend: string[] };
};
const setFile = arg('--set') ?? join(evalDir, 'ontwikkelset.jsonl');
const lines = readFileSync(setFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Line)
  .map((l) =>
    l.verwacht
      ? {
          ...l,
          verwacht: { ...l.verwacht, passend: l.verwacht.passend ?? [], niet_passend: l.verwacht.niet_passend ?? [] },
        }
      : l,
  )
  .filter((l) => l.id >= from && l.id <= to);

const now = new Date('2025-11-10T09:00:00Z');
const answers = lines.map((l) => {
  const point = l.postcode
    ? postcodes.get(
        l.postcode
          .trim()
          .toUpperCase()
          .replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2'),
      )
    : undefined;
  return triageWithIndex({ id: l.id, tekst: l.tekst, ...(point ? { point } : {}) }, index, { now });
});

if (args.includes('--show'))
  for (const [i, ans] of answers.entries()) {
    const exp = lines[i]!.verwacht;
    const routeOk = exp?.route === ans.route;
    const needsOk = exp && [...exp.behoeften].sort().join() === [...ans.behoeften].sort().join();
    const ids = ans.suggesties.map((s) => s.id);
    const hit = !exp?.passend.length || ids.slice(0, 3).some((id) => exp.passend.includes(id));
    const bad = ids.slice(0, 5).filter((id) => exp?.niet_passend.includes(id));
    if (routeOk && needsOk && hit && !bad.length && !args.includes('--all')) continue;
    console.log(
      `\n${ans.id} ${routeOk ? 'ok' : 'ROUTE'} ${needsOk ? '' : 'NEEDS'} ${hit ? '' : 'MISS'} ` +
        (bad.length ? `BAD:${bad}` : ''),
    );
    console.log(`  tekst: ${lines[i]!.tekst.slice(0, 240)}`);
    console.log(`  verwacht: ${exp?.route} [${exp?.behoeften}] passend ${exp?.passend} niet ${exp?.niet_passend}`);
    console.log(`  antwoord: ${ans.route} [${ans.behoeften}] ${ans.signalen.length ? `signalen ${ans.signalen}` : ''}`);
    console.log(`  uitleg: ${ans.uitleg.join(' | ')}`);
    for (const s of ans.suggesties) console.log(`    ${s.id} ${s.score} ${s.redenen.join('; ')}`);
  }

const out = `${tmpdir()}/nabij-triage-answers${from ? `-${from}` : ''}.jsonl`;
writeFileSync(
  out,
  answers
    .map((a) => JSON.stringify({ id: a.id, route: a.route, behoeften: a.behoeften, suggesties: a.suggesties }))
    .join('\n') + '\n',
);
let expectedPath = setFile;
if (from || to !== '\uffff' || arg('--set')) {
  expectedPath = `${tmpdir()}/nabij-expected${from ? `-${from}` : ''}.jsonl`;
  writeFileSync(expectedPath, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
}
try {
  const extra = args.includes('--json') ? ['--json'] : [];
  process.stdout.write(
    execFileSync('node', [join(evalDir, 'score.mjs'), expectedPath, out, '--buurt', buurt, ...extra], {
      encoding: 'utf8',
    }),
  );
} catch (e) {
  process.stdout.write(String((e as { stdout?: string }).stdout ?? e));
  process.exitCode = 1;
}
