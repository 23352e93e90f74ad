// Developer script: adds a writer's raw file to the corpus with provenance on every line.
//   node bin/run-ts.js bench/corpus-add.ts RAW.jsonl WRITER "how it was made" [DATE]
// The raw lines carry tekst, route, behoeften, gevaar, bijna, persona, taal (corpus/README.md); this adds id,
// schrijver, datum and gemaakt, and refuses a line that is not in that shape.
import { readFileSync, writeFileSync } from 'node:fs';
import { isNeedKey } from '../src/kernel/taxonomy/needs.js';

const [raw, writer, made, date = new Date().toISOString().slice(0, 10)] = process.argv.slice(2);
if (!raw || !writer || !made) throw new Error('usage: corpus-add.ts RAW.jsonl WRITER "how it was made" [DATE]');
const routes = ['collectief', 'informeel', 'professioneel', 'spoed'];
const out: string[] = [];
readFileSync(raw, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .forEach((line, i) => {
    const o = JSON.parse(line) as Record<string, unknown>;
    const needs = o.behoeften as string[];
    if (typeof o.tekst !== 'string' || !routes.includes(o.route as string) || !needs.every(isNeedKey))
      throw new Error(`${raw}:${i + 1}: not a corpus line`);
    out.push(
      JSON.stringify({
        id: `${writer}-${String(out.length + 1).padStart(3, '0')}`,
        tekst: o.tekst.trim(),
        route: o.route,
        behoeften: needs,
        gevaar: o.gevaar ?? null,
        bijna: o.bijna === true,
        persona: o.persona ?? '',
        taal: o.taal ?? 'nl',
        schrijver: writer,
        datum: date,
        gemaakt: made,
      }),
    );
  });
const target = new URL(`../src/modules/triage/corpus/schrijvers/${writer}.jsonl`, import.meta.url);
writeFileSync(target, out.join('\n') + '\n');
console.log(`${out.length} lines → ${target.pathname}`);
