// An activity as the public API gives it: the Dutch field names of the contract, one schema for the OpenAPI
// document and the response.
import { z } from 'zod';
import { isoOf, scheduleLabel } from '../../kernel/time/index.js';
import type { Freshness } from './freshness.js';
import type { ActivityResult } from './queries/search.js';

export const apiActivity = z.object({
  id: z.string(),
  extern_id: z.string(),
  naam: z.string(),
  omschrijving: z.string(),
  soort: z.string(),
  behoeften: z.array(z.string()),
  aanbieder: z.string(),
  professioneel: z.boolean(),
  adres: z.string().nullable(),
  postcode: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  wanneer: z.string(),
  volgende_keer: z.string().nullable().describe('ISO-datum en tijd (Nederlandse tijd) van de volgende keer'),
  kosten: z.string(),
  gratis: z.boolean(),
  doelgroep: z.string(),
  rolstoeltoegankelijk: z.boolean(),
  talen: z.array(z.string()),
  vrije_plaatsen: z.number().nullable(),
  afstand_m: z.number().nullable(),
  laatst_bevestigd: z.string(),
  actualiteit: z.enum(['actueel', 'verouderd', 'verborgen']),
});

export const activityForApi = (a: ActivityResult, freshness: Freshness): z.infer<typeof apiActivity> => ({
  id: a.id,
  extern_id: a.externalId,
  naam: a.name,
  omschrijving: a.description,
  soort: a.kind,
  behoeften: a.needKeys,
  aanbieder: a.providerName,
  professioneel: a.professional,
  adres: a.address,
  postcode: a.postcode,
  lat: a.lat,
  lon: a.lon,
  wanneer: scheduleLabel(a.schedule),
  volgende_keer: a.next ? `${isoOf(a.next.date)}T${a.next.start}` : null,
  kosten: a.cost,
  gratis: a.isFree,
  doelgroep: a.targetGroup,
  rolstoeltoegankelijk: a.wheelchairAccessible,
  talen: a.languages,
  vrije_plaatsen: a.freePlaces,
  afstand_m: a.distanceMetres === null ? null : Math.round(a.distanceMetres),
  laatst_bevestigd: a.lastConfirmedAt.toISOString(),
  actualiteit: freshness,
});
