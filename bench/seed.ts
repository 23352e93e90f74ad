// Generated data for benchmarks: a municipality at the scale of a neighbourhood or a city.
//   node bin/run-ts.js bench/seed.ts --scale city|buurt [--gemeente SLUG]
// Uses the configured database (DATABASE_URL or NABIJ_DATA_DIR), like the nabij command.
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { openMigratedDatabase } from '../src/kernel/db/open.js';
import { installModules } from '../src/kernel/modules.js';
import { modules } from '../src/modules/index.js';
import { type CityScale, cityScales, seedCity } from './seed/city-activities.js';
import { requestCounts, seedCityRequests } from './seed/city-requests.js';
import { seedCityVolunteers } from './seed/city-volunteers.js';

const volunteerCounts = { city: 100_000, buurt: 100 } as const;

const { values } = parseArgs({
  options: { scale: { type: 'string' }, gemeente: { type: 'string', default: 'grootstad' } },
});
if (values.scale === undefined || !(values.scale in cityScales)) {
  console.error(`usage: bench/seed.ts --scale city|buurt [--gemeente SLUG]
  --scale city     a generated municipality of ${cityScales.city} activities, ${volunteerCounts.city} volunteers
                   and ${requestCounts.city} help requests of the last year
  --scale buurt    the same at the scale of a neighbourhood: ${cityScales.buurt} activities,
                   ${volunteerCounts.buurt} volunteers, ${requestCounts.buurt} help requests
  --gemeente SLUG  the municipality to create or fill (default: grootstad); skipped when it already has activities`);
  process.exit(2);
}
if (!/^[a-z0-9-]+$/.test(values.gemeente)) {
  console.error('--gemeente is a slug of lowercase letters, digits and hyphens');
  process.exit(2);
}
const config = loadConfig();
if (config.isProduction) {
  console.error('Generated data is not allowed when NODE_ENV=production.');
  process.exit(1);
}
installModules(modules);
const database = await openMigratedDatabase(config);
try {
  const scale = values.scale as CityScale;
  const started = performance.now();
  const report = await seedCity(database.db, values.gemeente, { activities: cityScales[scale] });
  if (report.created) {
    await database.vacuumAnalyze();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `${report.tenant.name} (${report.tenant.slug}): ${report.activities} activities, ` +
        `${report.organisations} organisations, ${report.places} places, ` +
        `${report.postcodes} postcodes in ${seconds} s.`,
    );
  } else {
    console.log(
      `${report.tenant.name} (${report.tenant.slug}) already has ${report.activities} activities; nothing added.`,
    );
  }
  const volunteers = await seedCityVolunteers(database.db, report.tenant.id, volunteerCounts[scale]);
  if (volunteers > 0) await database.vacuumAnalyze();
  console.log(volunteers > 0 ? `${volunteers} volunteers generated.` : 'Volunteers were already there; nothing added.');
  const requests = await seedCityRequests(database.db, report.tenant.id, requestCounts[scale]);
  if (requests > 0) await database.vacuumAnalyze();
  console.log(
    requests > 0 ? `${requests} help requests generated.` : 'Help requests were already there; nothing added.',
  );
} finally {
  await database.close();
}
