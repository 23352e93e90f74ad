// nabij triage --batch: reads requests as JSON lines on stdin and writes one answer per line (CONTRACT.md).
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../../config.js';
import { findTenantBySlug } from '../../kernel/tenancy/queries.js';
import { candidateIndex, triageMany } from '../../modules/requests/index.js';
import { openMigratedDatabase } from '../../kernel/db/open.js';
import { type Command, UsageError } from '../command.js';
import {
  type TrainingReport,
  baseModel,
  baseModelFile,
  formatFigures,
  listModels,
  rollBackModel,
  serialiseModel,
  trainFromCorpus,
  trainMunicipalityModel,
  useModelVersion,
} from '../../modules/triage/index.js';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function printReport(report: TrainingReport): void {
  const { model } = report;
  console.log(
    `Model ${model.version}: ${model.trainedOn.examples} voorbeelden van ${model.trainedOn.writers} schrijvers,`,
  );
  console.log(`  ${Object.keys(model.weights).length} kenmerken, getraind in ${report.milliseconds} ms.`);
  console.log(`  Drempels: spoed ${model.thresholds.spoed}, behoefte ${model.thresholds.need}.`);
  for (const f of report.figures) {
    console.log(formatFigures(`${f.name} (model)`, f.model));
    console.log(formatFigures(`${f.name} (regels)`, f.rules));
  }
}

/** train, modellen, terugzetten: the base model in the repository, or a municipality's models in the database. */
async function models(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { gemeente: { type: 'string' }, versie: { type: 'string' } },
  });
  const [action] = positionals;
  if (action === 'train' && !values.gemeente) {
    const report = trainFromCorpus();
    writeFileSync(baseModelFile, serialiseModel(report.model));
    printReport(report);
    console.log(`  Geschreven naar ${fileURLToPath(baseModelFile)}`);
    return 0;
  }
  if (!values.gemeente) throw new UsageError(`nabij triage ${action} needs --gemeente SLUG`);
  const database = await openMigratedDatabase(loadConfig());
  try {
    const tenant = await findTenantBySlug(database.db, values.gemeente);
    if (!tenant) {
      console.error(`Gemeente ${values.gemeente} bestaat niet.`);
      return 1;
    }
    const actor = { kind: 'system' as const, tenantId: tenant.id, process: 'opdrachtregel' as const };
    if (action === 'train') {
      const report = await trainMunicipalityModel(database.db, actor, tenant.id, values.gemeente);
      printReport(report);
      console.log(`  Met ${report.corrections} correcties van het team; dit model is nu in gebruik.`);
    } else if (action === 'modellen') {
      const rows = await listModels(database.db, tenant.id);
      console.log(`basismodel: ${baseModel()?.version ?? 'geen (alleen de vaste regels)'}`);
      for (const m of rows)
        console.log(`${m.active ? '*' : ' '} ${m.version}  ${m.trainedAt.toISOString()}  ${m.corrections} correcties`);
      if (!rows.some((m) => m.active)) console.log('In gebruik: het basismodel.');
    } else if (values.versie) {
      await useModelVersion(database.db, tenant.id, values.versie === 'basis' ? undefined : values.versie);
      console.log(`In gebruik: ${values.versie === 'basis' ? 'het basismodel' : values.versie}.`);
    } else {
      console.log(`In gebruik: ${await rollBackModel(database.db, tenant.id)}.`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

const lineSchema = z.object({ id: z.string().min(1), tekst: z.string(), postcode: z.string().nullish() });

export const triageCommand: Command = {
  name: 'triage',
  summary: 'Triage help requests: need keys, route and suggestions with reasons',
  usage: `nabij triage --batch [--gemeente SLUG] < requests.jsonl > answers.jsonl
       nabij triage train [--gemeente SLUG]
       nabij triage modellen --gemeente SLUG
       nabij triage terugzetten --gemeente SLUG [--versie VERSIE]

  train        without --gemeente: train the base model from the corpus (src/modules/triage/corpus/) and write
               src/modules/triage/model/basis.json; with --gemeente: train a model of that municipality from
               the corpus and its team's corrections, store it and make it active. Prints the figures on the
               test writers (never trained on) and the training time.
  modellen     list the municipality's models; the active one is marked
  terugzetten  make the model before the active one active again (or --versie VERSIE, or --versie basis)

  --batch      read one JSON object a line ({"id", "tekst", "postcode"?}); write one answer a line
  --gemeente   municipality whose social base and volunteers are proposed (default: wijkstad)

Answers: {"id", "route", "behoeften", "suggesties": [{"id", "soort", "score", "redenen", "redenenEn"}], "uitleg",
"uitlegEn", "signalen", "model"}.
A line that is not valid JSON gets {"id": null, "fout": "..."} so the output keeps one line per input line.`,
  async run(args) {
    if (args[0] === 'train' || args[0] === 'modellen' || args[0] === 'terugzetten') return models(args);
    const { values } = parseArgs({
      args,
      options: { batch: { type: 'boolean', default: false }, gemeente: { type: 'string', default: 'wijkstad' } },
    });
    if (!values.batch) throw new UsageError('Only --batch is supported: requests come in on standard input');
    const config = loadConfig();
    const database = await openMigratedDatabase(config);
    try {
      const tenant = await findTenantBySlug(database.db, values.gemeente);
      if (!tenant) {
        console.error(`Gemeente ${values.gemeente} bestaat niet. Importeer eerst activiteiten of vrijwilligers.`);
        return 1;
      }
      const index = await candidateIndex(
        database.db,
        { kind: 'system', tenantId: tenant.id, process: 'opdrachtregel' },
        tenant.id,
        config.socialBase.hiddenMonths,
      );
      // Read everything first, so the postcodes of the whole batch are looked up once each.
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      const slots: ({ input: z.infer<typeof lineSchema> } | { error: string })[] = [];
      for await (const line of lines) {
        if (!line.trim()) continue;
        try {
          slots.push({ input: lineSchema.parse(JSON.parse(line)) });
        } catch (error) {
          slots.push({ error: `Deze regel is geen geldig verzoek: ${(error as Error).message.slice(0, 200)}` });
        }
      }
      const answers = await triageMany(
        database.db,
        tenant.id,
        index,
        slots.flatMap((slot) => ('input' in slot ? [slot.input] : [])),
      );
      let next = 0;
      const out = slots.map((slot) =>
        JSON.stringify('input' in slot ? answers[next++] : { id: null, fout: slot.error }),
      );
      process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
      return 0;
    } finally {
      await database.close();
    }
  },
};
