import { readFileSync } from 'node:fs';
import { decide, readText } from '../src/modules/triage/model/model.js';
import { baseModel } from '../src/modules/triage/model/store.js';
const m = baseModel()!;
let fr = 0,
  fm = 0,
  mr = 0,
  mm = 0,
  both = 0;
for (const s of ['b1', 'b2', 'b3', 'b4'])
  for (const line of readFileSync(`src/modules/triage/corpus/gezien/set-${s}.jsonl`, 'utf8').trim().split('\n')) {
    const o = JSON.parse(line);
    const r = readText(o.tekst);
    const d = decide(m, r);
    const model = d.spoedProbability >= m.thresholds.spoed;
    const rules = r.analysis.danger.acute;
    const want = o.verwacht.route === 'spoed';
    if (!want && rules && !model) fr++;
    if (!want && model && !rules) fm++;
    if (!want && model && rules) both++;
    if (want && !model && !rules) {
      mm++;
      console.log('MISS', o.id, d.spoedProbability.toFixed(3), o.tekst.slice(0, 200));
    }
    if (want && rules && !model) mr++;
  }
console.log({
  falseAlarmRulesOnly: fr,
  falseAlarmModelOnly: fm,
  falseAlarmBoth: both,
  missed: mm,
  caughtByRulesOnly: mr,
});
