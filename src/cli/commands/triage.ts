// nabij triage --batch: reads requests as JSON lines on stdin and writes one answer per line (CONTRACT.md).
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../../config.js';
import { findTenantBySlug } from '../../kernel/tenancy/queries.js';
import { candidateIndex, triageMany } from '../../modules/requests/triage-service.js';
import { openMigratedDatabase } from '../../server.js';
import { type Command, UsageError } from '../command.js';

const lineSchema = z.object({ id: z.string().min(1), tekst: z.string(), postcode: z.string().nullish() });

export const triageCommand: Command = {
  name: 'triage',
  summary: 'Triage help requests: need keys, route and suggestions with reasons',
  usage: `nabij triage --batch [--gemeente SLUG] < requests.jsonl > answers.jsonl

  --batch      read one JSON object a line ({"id", "tekst", "postcode"?}); write one answer a line
  --gemeente   municipality whose social base and volunteers are proposed (default: wijkstad)

Answers: {"id", "route", "behoeften", "suggesties": [{"id", "soort", "score", "redenen"}], "uitleg", "signalen"}.
A line that is not valid JSON gets {"id": null, "fout": "..."} so the output keeps one line per input line.`,
  async run(args) {
    const { values } = parseArgs({ args, options: { batch: { type: 'boolean', default: false }, gemeente: { type: 'string', default: 'wijkstad' } } });
    if (!values.batch) throw new UsageError('Only --batch is supported: requests come in on standard input');
    const config = loadConfig();
    const database = await openMigratedDatabase(config);
    try {
      const tenant = await findTenantBySlug(database.db, values.gemeente);
      if (!tenant) {
        console.error(`Gemeente ${values.gemeente} bestaat niet. Importeer eerst activiteiten of vrijwilligers.`);
        return 1;
      }
      const index = await candidateIndex(database.db, { kind: 'system', tenantId: tenant.id, process: 'opdrachtregel' }, tenant.id, config.socialBase.hiddenMonths);
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      const out: string[] = [];
      for await (const line of lines) {
        if (!line.trim()) continue;
        let input;
        try {
          input = lineSchema.parse(JSON.parse(line));
        } catch (error) {
          out.push(JSON.stringify({ id: null, fout: `Deze regel is geen geldig verzoek: ${(error as Error).message.slice(0, 200)}` }));
          continue;
        }
        const [answer] = await triageMany(database.db, index, [input]);
        out.push(JSON.stringify(answer));
        if (out.length >= 200) process.stdout.write(`${out.splice(0).join('\n')}\n`);
      }
      if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
