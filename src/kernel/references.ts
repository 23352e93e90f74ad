// References people say on the phone (HV-4K7Q2, SG-8SG3R): a prefix and five random letters or digits, without the
// ones that look alike (I, O, 0, 1). 33.5 million codes per prefix: a taken one is tried again by the caller.
import { randomInt } from 'node:crypto';

const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export const randomReference = (prefix: string): string =>
  `${prefix}-${Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join('')}`;
