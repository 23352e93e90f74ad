// When a help request (and its case, if any) may be deleted: which category's term applies, and from when. Pure.
import type { CaseRetentionFacts } from '../casework/index.js';
import type { RequestRetentionFacts } from '../requests/index.js';
import { monthsAfter, type RetentionCategory, type RetentionTerms } from './terms.js';

export type Verdict =
  | { kind: 'loopt_nog' }
  | { kind: 'casus_open' }
  | { kind: 'bewaren'; category: RetentionCategory; until: Date }
  | { kind: 'mag_weg'; category: RetentionCategory };

/**
 * A request that is not closed, or with a case still open, is never due. With a case it is a file (dossier) kept
 * for the file's term after the case's last closing; without one, a request whose match or activity ran is kept
 * for its own term, and one that came to nothing for the shortest.
 */
export function verdict(
  request: RequestRetentionFacts,
  caseFacts: CaseRetentionFacts | undefined,
  terms: RetentionTerms,
  now: Date,
): Verdict {
  if (request.state !== 'afgesloten') return { kind: 'loopt_nog' };
  if (caseFacts?.open) return { kind: 'casus_open' };
  const category: RetentionCategory = caseFacts
    ? 'dossier'
    : request.ranMatch
      ? 'hulpvraag_gekoppeld'
      : 'hulpvraag_zonder_vervolg';
  const from = new Date(Math.max(request.lastActivityAt.getTime(), caseFacts?.lastActivityAt.getTime() ?? 0));
  const until = monthsAfter(from, terms[category]);
  return until.getTime() <= now.getTime() ? { kind: 'mag_weg', category } : { kind: 'bewaren', category, until };
}
