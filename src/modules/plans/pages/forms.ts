// The plan's forms: a goal, an agreement, a network meeting and what each invitee will do. Messages are keys of the
// kernel's fieldMessages (Dutch and English), shown beside the field.
import { z } from 'zod';
import { parseDate } from '../../../kernel/time/dates.js';
import { optionalEmailInput, phoneInput } from '../../../kernel/ui/forms.js';
import { agreementWhos } from '../schema.js';

const itemId = () => z.union([z.literal(''), z.uuid()]).default('');

export function goalSchema(domainKeys: readonly string[]) {
  return z.object({
    doel_id: itemId(),
    domein: z.string().refine((v) => domainKeys.includes(v), 'onderwerp_kiezen'),
    doel: z.string().trim().min(1, 'doel_nodig').max(2000, 'tekst_te_lang'),
    goed: z.string().trim().max(2000, 'tekst_te_lang').default(''),
  });
}

const optionalDate = () =>
  z
    .string()
    .trim()
    .max(20, 'datum_ongeldig')
    .refine((t) => t === '' || parseDate(t) !== undefined, 'datum_ongeldig')
    .transform((t) => (t === '' ? null : (parseDate(t) as string)))
    .default(null);

export const agreementSchema = z
  .object({
    afspraak_id: itemId(),
    wat: z.string().trim().min(1, 'afspraak_nodig').max(1000, 'tekst_te_lang'),
    wie: z.enum(agreementWhos, { message: 'wie_kiezen' }),
    naam: z.string().trim().max(200, 'tekst_te_lang').default(''),
    uiterlijk: optionalDate(),
  })
  .superRefine((v, ctx) => {
    // A person of the network, or a provider, is named: otherwise nobody knows who to ask.
    if ((v.wie === 'netwerk' || v.wie === 'professional') && v.naam === '')
      ctx.addIssue({ code: 'custom', path: ['naam'], message: 'wie_naam_nodig' });
  });

/** Remove, or mark done: only the item's id. */
export const itemSchema = (name: 'doel_id' | 'afspraak_id') => z.object({ [name]: z.uuid() });

export const MAX_INVITEES = 4;

export const meetingSchema = z
  .object({
    datum: z
      .string()
      .trim()
      .max(20, 'datum_ongeldig')
      .refine((t) => parseDate(t) !== undefined, 'datum_ongeldig')
      .transform((t) => parseDate(t) as string),
    plaats: z.string().trim().min(1, 'plaats_nodig').max(300, 'tekst_te_lang'),
    ...Object.fromEntries(
      Array.from({ length: MAX_INVITEES }, (_, i) => [
        [`naam_${i + 1}`, z.string().trim().max(100, 'tekst_te_lang').default('')],
        [`telefoon_${i + 1}`, phoneInput().default('')],
        [`email_${i + 1}`, optionalEmailInput().default('')],
      ]).flat(),
    ),
  })
  .superRefine((v, ctx) => {
    const values = v as Record<string, string>;
    if (!Array.from({ length: MAX_INVITEES }, (_, i) => values[`naam_${i + 1}`]).some(Boolean))
      ctx.addIssue({ code: 'custom', path: ['naam_1'], message: 'genodigde_nodig' });
  });

/** The invitees a meeting form names: a row counts when it has a name. */
export function inviteesOf(data: Record<string, unknown>) {
  return Array.from({ length: MAX_INVITEES }, (_, i) => ({
    name: String(data[`naam_${i + 1}`] ?? ''),
    phone: String(data[`telefoon_${i + 1}`] ?? '') || null,
    email: String(data[`email_${i + 1}`] ?? '') || null,
  })).filter((x) => x.name !== '');
}

/** After the meeting: per invitee (genodigde_N, their id) what they will do (taak_N); an empty field is left open. */
export const outcomeSchema = z.object({
  beraad_id: z.uuid(),
  ...Object.fromEntries(
    Array.from({ length: MAX_INVITEES }, (_, i) => [
      [`genodigde_${i + 1}`, z.union([z.literal(''), z.uuid()]).default('')],
      [`taak_${i + 1}`, z.string().trim().max(1000, 'tekst_te_lang').default('')],
    ]).flat(),
  ),
});

/** The tasks an outcome form names: invitee id and what they will do. */
export const tasksOf = (data: Record<string, unknown>) =>
  Array.from({ length: MAX_INVITEES }, (_, i) => ({
    inviteeId: String(data[`genodigde_${i + 1}`] ?? ''),
    what: String(data[`taak_${i + 1}`] ?? ''),
  })).filter((x) => x.inviteeId !== '' && x.what !== '');
