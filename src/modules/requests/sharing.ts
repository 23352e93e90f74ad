// What the asker lets a volunteer see of them. The request keeps the asker's choice; a match keeps a copy of only the
// parts agreed to, filled in, which the asker can change per match. The story itself is never shared.
import type { ShareChoice, SharedWithVolunteer } from './schema.js';

export type { ShareChoice, SharedWithVolunteer };

/** Nothing until the asker ticks it: sharing is opt-in. A volunteer then only hears that someone nearby asks help. */
export const defaultShareChoice: ShareChoice = { voornaam: false, buurt: false, behoeften: false, bericht: '' };

/** First name, postcode area and the need: what an asker who ticks every box shares (demo data, tests). */
export const shareEverything: ShareChoice = { voornaam: true, buurt: true, behoeften: true, bericht: '' };

/** Reads a stored choice; anything missing falls back to the default, so an old row never shares more. */
export function readShareChoice(stored: unknown): ShareChoice {
  const s = (stored ?? {}) as Partial<ShareChoice>;
  return {
    voornaam: typeof s.voornaam === 'boolean' ? s.voornaam : defaultShareChoice.voornaam,
    buurt: typeof s.buurt === 'boolean' ? s.buurt : defaultShareChoice.buurt,
    behoeften: typeof s.behoeften === 'boolean' ? s.behoeften : defaultShareChoice.behoeften,
    bericht: typeof s.bericht === 'string' ? s.bericht : '',
  };
}

/** The choice behind a match's copy: a part is ticked when the copy holds it. */
export const choiceOfShared = (shared: SharedWithVolunteer): ShareChoice => ({
  voornaam: Boolean(shared.voornaam),
  buurt: Boolean(shared.buurt),
  behoeften: Boolean(shared.behoeften),
  bericht: shared.bericht ?? '',
});

export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? '';

/** The parts of a request a copy is filled in from. */
export type SharedSource = {
  asker_name: string;
  subject_name: string | null;
  postcode: string | null;
  need_keys: string[];
};

/** The copy a match keeps: only the agreed parts, taken from the request. For someone else, it is their first name. */
export function sharedFor(choice: ShareChoice, request: SharedSource): SharedWithVolunteer {
  const shared: SharedWithVolunteer = {};
  if (choice.voornaam) shared.voornaam = firstName(request.subject_name ?? request.asker_name);
  if (choice.buurt && request.postcode) shared.buurt = request.postcode.slice(0, 4);
  if (choice.behoeften && request.need_keys.length > 0) shared.behoeften = request.need_keys;
  if (choice.bericht) shared.bericht = choice.bericht;
  return shared;
}

/** The same, from a request as the pages read it. */
export const sharedForRequest = (
  choice: ShareChoice,
  request: { askerName: string; subjectName: string | null; postcode: string | null; needKeys: string[] },
): SharedWithVolunteer =>
  sharedFor(choice, {
    asker_name: request.askerName,
    subject_name: request.subjectName,
    postcode: request.postcode,
    need_keys: request.needKeys,
  });
