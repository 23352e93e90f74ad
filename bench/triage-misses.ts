// Developer script: the validation writers' requests the model gets wrong (never the test writers or blind sets).
//   node bin/run-ts.js bench/triage-misses.ts [--spoed]
import { readCorpus, splitCorpus } from '../src/modules/triage/model/corpus.js';
import { decide, readText } from '../src/modules/triage/model/model.js';
import { baseModel } from '../src/modules/triage/model/store.js';

const model = baseModel();
if (!model) throw new Error('train first: npx nabij triage train');
const { lines, splits } = readCorpus();
const { validation } = splitCorpus(lines, splits);
const onlySpoed = process.argv.includes('--spoed');
for (const l of validation) {
  const r = readText(l.tekst);
  const d = decide(model, r);
  const wrong = onlySpoed ? (l.route === 'spoed') !== (d.route === 'spoed') : d.route !== l.route;
  if (!wrong) continue;
  console.log(`${l.id} want ${l.route} got ${d.route} p(spoed)=${d.spoedProbability.toFixed(3)} ${l.gevaar ?? ''}`);
  console.log(`   ${l.tekst.slice(0, 220)}`);
}
