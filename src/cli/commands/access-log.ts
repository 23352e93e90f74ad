// nabij toegangslog controleer: recompute the access log's hash chain and say where it breaks, if it does.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { chainBreakInWords, verifyAllChains } from '../../kernel/access/chain.js';
import { openMigratedDatabase } from '../../kernel/db/open.js';
import { findTenantBySlug } from '../../kernel/tenancy/queries.js';
import { type Command, UsageError } from '../command.js';

export const accessLogCommand: Command = {
  name: 'toegangslog',
  summary: 'Check that the access log has not been changed (its hash chain)',
  usage: `nabij toegangslog controleer [--gemeente SLUG]

Computes every row's hash again from its fields and the row before it, per municipality, and reports the first
row that does not fit: changed, removed, slipped in, or cut off at the end. Exit code 0 when every chain holds,
1 when one is broken. Prints the last hash of each chain: keep it somewhere else (a ticket, a mail) to be able to
show later that the log up to that point was not rewritten as a whole.`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { gemeente: { type: 'string' } },
    });
    if (positionals[0] !== 'controleer')
      throw new UsageError('Gebruik: nabij toegangslog controleer [--gemeente SLUG]');
    const database = await openMigratedDatabase(loadConfig());
    try {
      let tenantIds: string[] | undefined;
      if (values.gemeente) {
        const tenant = await findTenantBySlug(database.db, values.gemeente);
        if (!tenant) throw new UsageError(`Gemeente ${values.gemeente} bestaat niet.`);
        tenantIds = [tenant.id];
      }
      const reports = await verifyAllChains(database.db, tenantIds);
      const slugs = new Map(
        (await database.db.selectFrom('tenants').select(['id', 'slug']).execute()).map((t) => [t.id, t.slug]),
      );
      for (const report of reports) {
        const name = slugs.get(report.tenantId) ?? report.tenantId;
        if (report.broken) {
          const where = report.broken.rowId === null ? 'aan het einde' : `bij regel ${report.broken.rowId}`;
          console.log(
            `${name}: KETTING GEBROKEN ${where} (plaats ${report.broken.chainSeq}): ` +
              `${chainBreakInWords[report.broken.reason]}. ${report.rows} regels daarvoor kloppen.`,
          );
        } else console.log(`${name}: ${report.rows} regels, de ketting klopt. Laatste hash: ${report.lastHash || '—'}`);
      }
      return reports.some((r) => r.broken) ? 1 : 0;
    } finally {
      await database.close();
    }
  },
};
