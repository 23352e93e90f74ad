// The fields the resident's form and the team's phone intake share: their schemas, and the "when" select pair
// ("woensdagmiddag", from the kernel's form parts) that moments.ts turns into triage moments.
import { z } from 'zod';
import { normalisePostcode } from '../../../kernel/geo/index.js';
import { optionalEmailInput, phoneInput } from '../../../kernel/ui/forms.js';
import { dayParts, weekdays } from '../../../kernel/time/index.js';

export { WhenFields } from '../../../kernel/ui/when-fields.js';

/** The longest story the forms take. */
export const STORY_MAX_LENGTH = 5000;

/** Each form lists these in its own order: the order of its fields is the order of its error summary. */
export const requestFields = {
  tekst: z.string().trim().min(10, 'verhaal_te_kort').max(STORY_MAX_LENGTH, 'tekst_te_lang'),
  naam: z.string().trim().min(1, 'naam_nodig').max(100, 'naam_te_lang'),
  email: optionalEmailInput(),
  telefoon: phoneInput(),
  postcode: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .refine((v) => normalisePostcode(v) !== undefined, 'postcode_ongeldig'),
  ]),
  dag: z.union([z.literal(''), z.enum(weekdays)]).default(''),
  dagdeel: z.union([z.literal(''), z.enum(dayParts)]).default(''),
};
