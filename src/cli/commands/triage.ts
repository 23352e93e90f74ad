// nabij triage --batch: reads requests as JSON lines on stdin and writes one answer per line (CONTRACT.md).
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../../config.js';
import { findTenantBySlug } from '../../kernel/tenancy/queries.js';
import { candidateIndex, triageMany } from '../../modules/requests/index.js';
import { openMigratedDatabase } from '../../kernel/db/open.js';
import { type Command, UsageError } from '../command.js';
import { baseModelFile, formatFigures, serialiseModel, trainFromCorpus } from '../../modules/triage/index.js';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function trainBase(): number {
  const report = trainFromCorpus();
  writeFileSync(baseModelFile, serialiseModel(report.model));
  const { model } = report;
  console.log(
    `Model ${model.version}: ${model.trainedOn.examples} voorbeelden van ${model.trainedOn.writers} schrijvers,`,
  );
  console.log(`  ${Object.keys(model.weights).length} kenmerken, getraind in ${report.milliseconds} ms.`);
  console.log(`  Drempels: spoed ${model.thresholds.spoed}, behoefte ${model.thresholds.need}.`);
  console.log(`  Geschreven naar ${fileURLToPath(baseModelFile)}`);
  for (const f of report.figures) {
    console.log(formatFigures(`${f.name} (model)`, f.model));
    console.log(formatFigures(`${f.name} (regels)`, f.rules));
  }
  return 0;
}

const lineSchema = z.object({ id: z.string().min(1), tekst: z.string(), postcode: z.string().nullish() });

export const triageCommand: Command = {
  name: 'triage',
  summary: 'Triage help requests: need keys, route and suggestions with reasons',
  usage: `nabij triage --batch [--gemeente SLUG] < requests.jsonl > answers.jsonl
       nabij triage train

  train        train the base model from the corpus (src/modules/triage/corpus/) and write
               src/modules/triage/model/basis.json; prints the figures on the validation and test writers

  --batch      read one JSON object a line ({"id", "tekst", "postcode"?}); write one answer a line
  --gemeente   municipality whose social base and volunteers are proposed (default: wijkstad)

Answers: {"id", "route", "behoeften", "suggesties": [{"id", "soort", "score", "redenen"}], "uitleg", "signalen"}.
A line that is not valid JSON gets {"id": null, "fout": "..."} so the output keeps one line per input line.`,
  async run(args) {
    if (args[0] === 'train') return trainBase();
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
