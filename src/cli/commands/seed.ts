// nabij seed --demo: create the demo municipality Wijkstad. nabij seed --scale city|buurt: a generated social base.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { seedDemo } from '../../modules/demo/seed.js';
import { type CityScale, cityScales, seedCity } from '../../modules/socialbase/city-seed.js';
import { openMigratedDatabase } from '../../kernel/db/open.js';
import { seedCityVolunteers } from '../../modules/volunteers/city-volunteers.js';
import { type Command, UsageError } from '../command.js';

const volunteerCounts = { city: 100_000, buurt: 100 } as const;

export const seed: Command = {
  name: 'seed',
  summary: 'Fill the database with demo data',
  usage: `nabij seed --demo
nabij seed --scale city|buurt [--gemeente SLUG]

  --demo           the municipality Wijkstad, two neighbourhoods and a demo account for every role (not in production)
  --scale city     a generated municipality of ${cityScales.city} activities, organisations, places and postcodes (for benchmarks)
  --scale buurt    the same at the scale of a neighbourhood: ${cityScales.buurt} activities
  --gemeente SLUG  the municipality to create or fill (default: grootstad); skipped when it already has activities
  Generated volunteers come along: ${volunteerCounts.city} for a city, ${volunteerCounts.buurt} for a neighbourhood.`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        demo: { type: 'boolean', default: false },
        scale: { type: 'string' },
        gemeente: { type: 'string', default: 'grootstad' },
      },
    });
    if (!values.demo && values.scale === undefined)
      throw new UsageError('Say what to seed: --demo or --scale city|buurt');
    if (values.demo && values.scale !== undefined) throw new UsageError('Choose one: --demo or --scale');
    if (values.scale !== undefined && !(values.scale in cityScales)) throw new UsageError('--scale is city or buurt');
    if (!/^[a-z0-9-]+$/.test(values.gemeente))
      throw new UsageError('--gemeente is a slug of lowercase letters, digits and hyphens');
    const config = loadConfig();
    if (config.isProduction) {
      console.error('Demo and generated data are not allowed when NODE_ENV=production.');
      return 1;
    }
    const database = await openMigratedDatabase(config);
    try {
      if (values.demo) {
        const report = await seedDemo(database.db);
        console.log(
          `Demo ${report.tenant.name}: ${report.accountsCreated} accounts, ${report.activitiesCreated} activities, ${report.volunteersCreated} volunteers and ${report.requestsCreated} help requests created.`,
        );
        return 0;
      }
      const scale = values.scale as CityScale;
      const started = performance.now();
      const report = await seedCity(database.db, values.gemeente, { activities: cityScales[scale] });
      if (report.created) {
        await database.vacuumAnalyze();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(
          `${report.tenant.name} (${report.tenant.slug}): ${report.activities} activities, ${report.organisations} organisations, ${report.places} places, ${report.postcodes} postcodes in ${seconds} s.`,
        );
      } else {
        console.log(
          `${report.tenant.name} (${report.tenant.slug}) already has ${report.activities} activities; nothing added.`,
        );
      }
      const volunteers = await seedCityVolunteers(database.db, report.tenant.id, volunteerCounts[scale]);
      if (volunteers > 0) await database.vacuumAnalyze();
      console.log(
        volunteers > 0 ? `${volunteers} volunteers generated.` : 'Volunteers were already there; nothing added.',
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};
