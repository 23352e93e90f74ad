// Developer script: cross-validation by writer over the training and validation writers (never the test writers
// or the blind sets): each fold leaves writers out, trains on the rest, and scores the left-out writers.
//   node bin/run-ts.js bench/triage-cv.ts [--folds 6] [--option value ...]  (options: see TrainOptions)
import { readCorpus, readDevelopmentTexts } from '../src/modules/triage/model/corpus.js';
import { defaultTrainOptions, predictLinear, trainLinear } from '../src/modules/triage/model/linear.js';
import { type LabelledText, readText } from '../src/modules/triage/model/model.js';
import type { NeedKey } from '../src/kernel/taxonomy/needs.js';

const args = process.argv.slice(2);
const options = { ...defaultTrainOptions };
for (let i = 0; i < args.length; i += 2) {
  const key = args[i]!.replace(/^--/, '');
  if (key in options) (options as Record<string, number>)[key] = Number(args[i + 1]);
}
const folds = Number(args[args.indexOf('--folds') + 1] ?? 6) || 6;
const { lines, splits } = readCorpus();
const writers = [...splits.train, ...splits.validatie].filter((w) => lines.some((l) => l.schrijver === w)).sort();
const dev = readDevelopmentTexts();
const read = new Map(lines.map((l) => [l.id, readText(l.tekst)]));
const devRead = dev.map((d) => readText(d.tekst));
type Out = { label: LabelledText; pSpoed: number; rules: boolean; route: string; needs: [NeedKey, number][] };
const out: Out[] = [];
for (let f = 0; f < folds; f++) {
  const held = writers.filter((_, i) => i % folds === f);
  const train = lines.filter((l) => !held.includes(l.schrijver) && writers.includes(l.schrijver));
  const examples = [
    ...train.map((l) => ({ features: read.get(l.id)!.features, route: l.route, needs: l.behoeften, weight: 1 })),
    ...dev.map((d, i) => ({ features: devRead[i]!.features, route: d.route, needs: d.behoeften, weight: 2 })),
  ];
  const w = trainLinear(examples, options);
  for (const l of lines.filter((x) => held.includes(x.schrijver))) {
    const r = read.get(l.id)!;
    const p = predictLinear(w, r.features);
    const route = (['professioneel', 'informeel', 'collectief'] as const).reduce((b, x) =>
      p.route[x] > p.route[b] ? x : b,
    );
    out.push({
      label: l,
      pSpoed: p.route.spoed,
      rules: r.analysis.danger.acute,
      route,
      needs: Object.entries(p.needs).sort((a, b) => b[1] - a[1]) as [NeedKey, number][],
    });
  }
}
const total = out.filter((o) => o.label.route === 'spoed').length;
/** Recall and precision of spoed when these requests raise it. */
const rate = (raised: Out[]) => {
  const found = raised.filter((o) => o.label.route === 'spoed').length;
  return `recall ${(found / total).toFixed(3)} precision ${(found / raised.length).toFixed(3)}`;
};
const answer = (o: Out, t: number) => (o.rules || o.pSpoed >= t ? 'spoed' : o.route);
for (const t of [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]) {
  const routeOk = out.filter((o) => answer(o, t) === o.label.route).length / out.length;
  console.log(`t=${t}: spoed ${rate(out.filter((o) => o.rules || o.pSpoed >= t))} route ${routeOk.toFixed(3)}`);
}
const t = Number(process.env.CV_T ?? 0.1);
const routes = ['collectief', 'informeel', 'professioneel', 'spoed'];
console.log(`confusion at t=${t} (rows expected):`);
for (const r of routes) {
  const row = routes.map((c) => out.filter((o) => o.label.route === r && answer(o, t) === c).length);
  console.log(`  ${r.padEnd(14)} ${row.map((n) => String(n).padStart(5)).join('')}`);
}
console.log(`model alone at t=${t}: ${rate(out.filter((o) => o.pSpoed >= t))}`);
const onlyRules = out.filter((o) => o.rules && o.pSpoed < t);
const rulesCaught = onlyRules.filter((o) => o.label.route === 'spoed').length;
console.log(`rules add at t=${t}: ${rulesCaught} spoed, ${onlyRules.length - rulesCaught} false alarms`);
for (const floor of [0.25, 0.5]) {
  const raised = out.filter((o) => o.pSpoed >= t || (o.rules && o.pSpoed >= t * floor));
  console.log(`model or (rules and p >= ${floor} t): ${rate(raised)}`);
}
for (const nt of [0.25, 0.35, 0.45]) {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const o of out) {
    const given = o.needs
      .filter(([, p], i) => i === 0 || p >= nt)
      .slice(0, 3)
      .map(([k]) => k);
    tp += given.filter((k) => o.label.behoeften.includes(k)).length;
    fp += given.filter((k) => !o.label.behoeften.includes(k)).length;
    fn += o.label.behoeften.filter((k) => !given.includes(k)).length;
  }
  console.log(`need t=${nt}: F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(3)}`);
}
