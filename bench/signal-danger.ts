// Danger in signals, measured on a set written blind: recall of acute danger and false alarms, per kind of signal.
// Usage: npx tsx bench/signal-danger.ts <set.jsonl> [label]  — prints the figures and writes them, dated, to
// bench/results/signals-blind/<label>.json. Score a set once, before anyone reads it; keep every score.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { dangerIn } from '../src/modules/signals/index.js';

type Line = { id: string; soort: 'persoon' | 'buurt'; tekst: string; sinds?: string; gevaar: string | null };

const [file, label = basename(file ?? 'set', '.jsonl')] = process.argv.slice(2);
if (!file) throw new Error('Usage: npx tsx bench/signal-danger.ts <set.jsonl> [label]');
const lines: Line[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Line);

type Count = { danger: number; caught: number; safe: number; falseAlarms: number; missed: string[]; alarms: string[] };
const empty = (): Count => ({ danger: 0, caught: 0, safe: 0, falseAlarms: 0, missed: [], alarms: [] });
const counts = { persoon: empty(), buurt: empty() };
for (const line of lines) {
  const answers = [line.tekst, line.sinds ?? ''];
  const acute = dangerIn(answers).acute;
  const c = counts[line.soort];
  if (line.gevaar) {
    c.danger++;
    if (acute) c.caught++;
    else c.missed.push(`${line.id} (${line.gevaar})`);
  } else {
    c.safe++;
    if (acute) {
      c.falseAlarms++;
      c.alarms.push(line.id);
    }
  }
}
const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
const figures = Object.fromEntries(
  Object.entries(counts).map(([kind, c]) => [
    kind,
    { ...c, recall: ratio(c.caught, c.danger), falseAlarmRate: ratio(c.falseAlarms, c.safe) },
  ]),
);
const all = Object.values(counts);
const total = {
  recall: ratio(
    all.reduce((n, c) => n + c.caught, 0),
    all.reduce((n, c) => n + c.danger, 0),
  ),
  falseAlarmRate: ratio(
    all.reduce((n, c) => n + c.falseAlarms, 0),
    all.reduce((n, c) => n + c.safe, 0),
  ),
};
const result = {
  set: basename(file),
  lines: lines.length,
  scoredAt: new Date().toISOString(),
  total,
  ...figures,
};
console.log(JSON.stringify(result, null, 2));
mkdirSync(new URL('./results/signals-blind/', import.meta.url), { recursive: true });
writeFileSync(
  new URL(`./results/signals-blind/${label}.json`, import.meta.url),
  `${JSON.stringify(result, null, 2)}\n`,
);
