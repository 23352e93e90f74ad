// Generated strong residents for benchmarks at city scale: deterministic, spread over the municipality's own places.
import { withAccess } from '../../src/kernel/access/gate.js';
import type { Db } from '../../src/kernel/db/database.js';
import { needKeys } from '../../src/kernel/taxonomy/needs.js';
import { dayParts, weekdays } from '../../src/kernel/time/index.js';
import { seededRandom } from './city-activities.js';
import { volunteerRoles } from '../../src/modules/volunteers/availability.js';

const firstNames = [
  'Anja',
  'Bram',
  'Carla',
  'Dirk',
  'Eline',
  'Fatma',
  'Gijs',
  'Hanna',
  'Ibrahim',
  'Joke',
  'Karim',
  'Lotte',
  'Mohamed',
  'Nora',
  'Olga',
  'Piet',
  'Rachid',
  'Sanne',
  'Tineke',
  'Usha',
  'Vera',
  'Willem',
  'Yusuf',
  'Zeynep',
];
const sentences = [
  'Ik help graag met boodschappen en drink dan een kopje koffie mee.',
  'Gepensioneerd en handig: kleine klusjes in huis, niet op hoogte.',
  'Ik wandel elke dag en neem graag iemand mee, rollator geen probleem.',
  'Ik heb bij een bank gewerkt en help met post, formulieren en DigiD.',
  'Samen koken of een maaltijd brengen vind ik leuk.',
  'Ik spreek ook Arabisch en help nieuwkomers met de taal.',
];
// Themes a volunteer may not carry alone are not offered by generated volunteers.
const offerable = needKeys.filter(
  (k) => !['schulden', 'verslaving', 'veiligheid', 'psychisch', 'jongeren', 'gezondheid'].includes(k),
);

/**
 * Inserts `count` volunteers near the municipality's places; returns how many were added (none when there already are).
 */
export async function seedCityVolunteers(db: Db, tenantId: string, count: number, seed = 20_261_124): Promise<number> {
  const existing = await db
    .selectFrom('volunteers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return 0;
  const places = await db
    .selectFrom('places')
    .select(['postcode', 'lat', 'lon'])
    .where('tenant_id', '=', tenantId)
    .where('lat', 'is not', null)
    .execute();
  if (places.length === 0) return 0;
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const today = new Date();
  const rows = Array.from({ length: count }, (_, i) => {
    const home = pick(places);
    const maxMatches = 1 + Math.floor(random() * 3);
    const vogDays = Math.floor(random() * 1200);
    const row = {
      tenant_id: tenantId,
      external_id: `gv${String(i + 1).padStart(6, '0')}`,
      first_name: pick(firstNames),
      postcode: home.postcode,
      lat: (home.lat ?? 0) + (random() - 0.5) * 0.004,
      lon: (home.lon ?? 0) + (random() - 0.5) * 0.006,
      offers: [...new Set([pick(offerable), pick(offerable), ...(random() < 0.3 ? [pick(offerable)] : [])])],
      roles: [pick(volunteerRoles)],
      availability: [
        ...new Set(Array.from({ length: 2 + Math.floor(random() * 4) }, () => `${pick(weekdays)}-${pick(dayParts)}`)),
      ],
      radius_km: pick([0.5, 1, 2, 3, 5]),
      max_matches: maxMatches,
      imported_active_matches: Math.floor(random() * (maxMatches + 1)),
      languages: random() < 0.2 ? ['nl', pick(['ar', 'tr', 'en', 'pl'])] : ['nl'],
      description: pick(sentences),
      vog_date: random() < 0.6 ? new Date(today.getTime() - vogDays * 86_400_000).toISOString().slice(0, 10) : null,
    };
    // Imported like a coordinator's file: a VOG the team has seen (0027 wants a status with every date).
    return { ...row, vog_status: row.vog_date === null ? null : ('gezien' as const) };
  });
  await withAccess(
    db,
    { kind: 'system', tenantId, process: 'opdrachtregel' },
    { category: 'vrijwilliger', action: 'create', purpose: 'vrijwilligersbeheer', subjectUserId: null },
    (gated) =>
      gated.transaction().execute(async (trx) => {
        for (let i = 0; i < rows.length; i += 1000)
          await trx
            .insertInto('volunteers')
            .values(rows.slice(i, i + 1000))
            .execute();
      }),
  );
  return count;
}
