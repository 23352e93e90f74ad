// The search form's fields, checked with one schema for the page and the API: what a resident can filter on.
import { z } from 'zod';
import type { Db } from '../../kernel/db/database.js';
import { needKeys } from '../../kernel/taxonomy/needs.js';
import { cachedPostcodePoint, normalisePostcode, type Point } from '../../kernel/geo/index.js';
import { weekdays, dayParts } from '../../kernel/time/index.js';
import type { SearchFilters } from './queries/search.js';
import { parseSearchText } from './search-query.js';

export const distanceChoices = ['0.5', '1', '2', '5', '10'] as const;

const checkbox = z
  .union([
    z.literal('ja'),
    z.literal('true'),
    z.literal('1'),
    z.literal('on'),
    z.literal(''),
    z.literal('nee'),
    z.literal('false'),
  ])
  .optional()
  .transform((v) => v === 'ja' || v === 'true' || v === '1' || v === 'on');

/** Query string of the search page and of GET /api/v1/activiteiten. Unknown values are errors, not silently ignored. */
export const searchQuerySchema = z.object({
  q: z.string().trim().max(200, 'zoekterm_te_lang').optional().default(''),
  behoefte: z
    .union([z.literal(''), z.enum(needKeys)])
    .optional()
    .default(''),
  postcode: z.string().trim().max(10, 'postcode_ongeldig').optional().default(''),
  afstand: z
    .union([z.literal(''), z.enum(distanceChoices)])
    .optional()
    .default(''),
  dag: z
    .union([z.literal(''), z.enum(weekdays)])
    .optional()
    .default(''),
  dagdeel: z
    .union([z.literal(''), z.enum(dayParts)])
    .optional()
    .default(''),
  gratis: checkbox,
  rolstoel: checkbox,
  gesproken_taal: z
    .union([z.literal(''), z.string().regex(/^[a-z]{2,3}$/)])
    .optional()
    .default(''),
  pagina: z.coerce.number().int().min(1).max(500).optional().default(1),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const PAGE_SIZE = 20;

export type ResolvedSearch = {
  filters: SearchFilters;
  origin: Point | undefined;
  postcodeProblem: 'postcode_ongeldig' | 'postcode_onbekend' | undefined;
};

/** Turns the form into search filters; words like "dinsdagochtend" and "gratis" in the text become filters too. */
export async function resolveSearch(db: Db, query: SearchQuery): Promise<ResolvedSearch> {
  const parsed = parseSearchText(query.q);
  let origin: Point | undefined;
  let postcodeProblem: ResolvedSearch['postcodeProblem'];
  if (query.postcode) {
    const normal = normalisePostcode(query.postcode);
    if (!normal) postcodeProblem = 'postcode_ongeldig';
    else {
      origin = await cachedPostcodePoint(db, normal);
      if (!origin) postcodeProblem = 'postcode_onbekend';
    }
  }
  const filters: SearchFilters = {
    words: parsed.words,
    needKeys: query.behoefte ? [query.behoefte] : [],
    days: query.dag ? [query.dag] : parsed.days,
    dayParts: query.dagdeel ? [query.dagdeel] : parsed.dayParts,
    free: query.gratis || parsed.free,
    wheelchair: query.rolstoel || parsed.wheelchair,
    language: query.gesproken_taal || undefined,
    near: origin ? { ...origin, maxKm: query.afstand ? Number(query.afstand) : undefined } : undefined,
    limit: PAGE_SIZE + 1,
    offset: (query.pagina - 1) * PAGE_SIZE,
  };
  return { filters, origin, postcodeProblem };
}

const searchKeys = Object.keys(searchQuerySchema.shape);

/** The search as a query string (`q=koffie&postcode=…`), only its own fields and only those filled in. */
export function searchState(values: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const key of searchKeys) {
    const value = values[key];
    if (value) params.set(key, value.slice(0, 200));
  }
  return params.toString();
}

/** Where "Terug naar zoeken" leads: the search the resident came from, carried in the link as `terug`. */
export function backToSearchHref(carried: unknown): string {
  const state = typeof carried === 'string' ? searchState(Object.fromEntries(new URLSearchParams(carried))) : '';
  return state ? `/sociale-kaart?${state}` : '/sociale-kaart';
}

/** An activity's page, with the search it was found by so the way back returns there. */
export const activityHref = (id: string, state: string) =>
  state ? `/sociale-kaart/${id}?${new URLSearchParams({ terug: state }).toString()}` : `/sociale-kaart/${id}`;
