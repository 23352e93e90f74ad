// Generated help requests for benchmarks at city scale: a year of requests of which some are still open, so the
// team's queue holds what a city team has in hand. Deterministic; made-up names and .example addresses only.
import { createHash } from 'node:crypto';
import { withAccess } from '../../src/kernel/access/gate.js';
import type { Db } from '../../src/kernel/db/database.js';
import type { NeedKey } from '../../src/kernel/taxonomy/needs.js';
import { dayParts, weekdays } from '../../src/kernel/time/index.js';
import type { RequestState } from '../../src/modules/requests/states.js';
import type { Route } from '../../src/modules/triage/index.js';
import { seededRandom } from './city-activities.js';

/** Requests per scale: about a year of a city's and of a neighbourhood's requests; the share still open. */
export const requestCounts = { city: 15_000, buurt: 150 } as const;
export const OPEN_SHARE = 0.15;

const stories: { text: string; needKeys: NeedKey[]; route: Route }[] = [
  {
    text: 'Ik zoek iemand die af en toe boodschappen voor me doet, ik loop slecht.',
    needKeys: ['boodschappen'],
    route: 'informeel',
  },
  {
    text: 'Sinds mijn vrouw overleden is zie ik bijna niemand meer. Is er ergens koffie in de buurt?',
    needKeys: ['ontmoeting'],
    route: 'collectief',
  },
  {
    text: 'Ik snap de brieven van de belasting niet en DigiD lukt me niet.',
    needKeys: ['administratie', 'digitaal'],
    route: 'informeel',
  },
  {
    text: 'Mijn moeder moet elke week naar het ziekenhuis en ik werk, wie kan haar brengen?',
    needKeys: ['vervoer'],
    route: 'informeel',
  },
  {
    text: 'Ik wil graag beter Nederlands leren praten, liefst samen met anderen.',
    needKeys: ['taal'],
    route: 'collectief',
  },
  {
    text: 'De rekeningen stapelen zich op en ik durf de post niet meer open te maken.',
    needKeys: ['schulden', 'geldzaken'],
    route: 'professioneel',
  },
  { text: 'Mijn tuin is een wildernis geworden, ik kan niet meer bukken.', needKeys: ['tuin'], route: 'informeel' },
  {
    text: 'Ik zorg voor mijn man met dementie en ben op, ik wil even op adem komen.',
    needKeys: ['mantelzorg'],
    route: 'professioneel',
  },
  {
    text: 'Samen eten zou fijn zijn, alleen koken voor mezelf doe ik niet meer.',
    needKeys: ['maaltijd', 'ontmoeting'],
    route: 'collectief',
  },
  {
    text: 'Er lekt een kraan en de lamp in de gang doet het niet, ik kan niet op een trap.',
    needKeys: ['klussen'],
    route: 'informeel',
  },
  {
    text: 'Mijn zoon van veertien zit de hele dag binnen, is er iets voor jongeren?',
    needKeys: ['jongeren'],
    route: 'professioneel',
  },
  {
    text: 'Ik wil weer wat bewegen maar durf niet alleen te gaan wandelen.',
    needKeys: ['bewegen', 'maatje'],
    route: 'collectief',
  },
  {
    text: 'Mijn buurman schreeuwt en dreigt, ik voel me thuis niet meer veilig.',
    needKeys: ['veiligheid'],
    route: 'spoed',
  },
];
const firstNames = ['Anna', 'Bert', 'Cor', 'Dina', 'Emre', 'Fleur', 'Greet', 'Hamid', 'Ilse', 'Jos', 'Kees', 'Lina'];
const lastNames = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Yilmaz', 'El Amrani', 'Mulder'];
const referenceAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Where a request is: the states of the open ones, weighted as a team has them in hand. */
const openStates: RequestState[] = ['nieuw', 'nieuw', 'nieuw', 'in_behandeling', 'in_behandeling', 'gekoppeld'];

/**
 * Inserts `count` help requests of the last year for the municipality, near its places; returns how many were added
 * (none when it already has requests). The status links are hashes of generated tokens that nobody holds.
 */
export async function seedCityRequests(db: Db, tenantId: string, count: number, seed = 20_261_125): Promise<number> {
  const existing = await db
    .selectFrom('help_requests')
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
  const now = Date.now();
  const references = new Set<string>();
  const rows = Array.from({ length: count }, (_, i) => {
    let reference: string;
    do {
      reference = `HV-${Array.from({ length: 5 }, () => pick([...referenceAlphabet])).join('')}`;
    } while (references.has(reference));
    references.add(reference);
    const story = pick(stories);
    const home = pick(places);
    const createdAt = new Date(now - Math.floor(random() * 365 * 86_400_000));
    const open = random() < OPEN_SHARE;
    const state: RequestState = open ? pick(openStates) : 'afgesloten';
    const progressAt = new Date(createdAt.getTime() + Math.floor(random() * (now - createdAt.getTime())));
    const name = `${pick(firstNames)} ${pick(lastNames)}`;
    return {
      tenant_id: tenantId,
      reference,
      state,
      channel: random() < 0.8 ? ('web' as const) : ('telefoon' as const),
      asker_name: name,
      text: story.text,
      postcode: home.postcode,
      lat: home.lat,
      lon: home.lon,
      moments: [`${pick(weekdays)}-${pick(dayParts)}`],
      contact_email: `vrager${i + 1}@bewoners.example`,
      route: story.route,
      need_keys: story.needKeys,
      triage: JSON.stringify({
        id: reference,
        route: story.route,
        behoeften: story.needKeys,
        suggesties: [],
        uitleg: ['Gegenereerd voor een benchmark.'],
        uitlegEn: ['Generated for a benchmark.'],
        signalen: [],
        model: 'benchmark',
      }),
      status_token_hash: createHash('sha256').update(`${seed}:${i}`).digest('hex'),
      last_progress_at: state === 'nieuw' ? createdAt : progressAt,
      created_at: createdAt,
      updated_at: state === 'nieuw' ? createdAt : progressAt,
    };
  });
  await withAccess(
    db,
    { kind: 'system', tenantId, process: 'opdrachtregel' },
    { category: 'hulpvraag', action: 'create', purpose: 'hulpvraag_behandelen', subjectUserId: null },
    (gated) =>
      gated.transaction().execute(async (trx) => {
        for (let i = 0; i < rows.length; i += 1000) {
          const ids = await trx
            .insertInto('help_requests')
            .values(rows.slice(i, i + 1000))
            .returning(['id', 'route', 'need_keys', 'channel', 'created_at'])
            .execute();
          await trx
            .insertInto('request_events')
            .values(
              ids.map((r) => ({
                tenant_id: tenantId,
                request_id: r.id,
                at: r.created_at,
                kind: 'ingediend',
                detail: JSON.stringify({ route: r.route, behoeften: r.need_keys, kanaal: r.channel }),
              })),
            )
            .execute();
        }
      }),
  );
  return count;
}
