// Instruments for the conversation about self-reliance, as data: what a stored instrument must look like, and the
// pure arithmetic of progress over several assessments (no I/O).
import { z } from 'zod';

/** Every instrument has five levels, 1 (worst) to 5 (best); each domain describes each level in its own words. */
export const LEVELS = [1, 2, 3, 4, 5] as const;

export const instrumentDomainSchema = z.object({
  key: z.string().regex(/^[a-z0-9_]{1,40}$/),
  name: z.string().min(1).max(120),
  levels: z.array(z.string().min(1).max(400)).length(LEVELS.length),
});
export const instrumentLevelsSchema = z.array(z.string().min(1).max(80)).length(LEVELS.length);

export type InstrumentDomain = z.infer<typeof instrumentDomainSchema>;

export type Instrument = {
  id: string;
  tenantId: string | null;
  key: string;
  name: string;
  levels: string[];
  domains: InstrumentDomain[];
};

export type AssessmentAnswer = {
  domainKey: string;
  level: number | null;
  self: string;
  network: string;
  professional: string;
  wantsToTalk: boolean;
};

export type Assessment = {
  id: string;
  instrumentId: string;
  heldAt: Date;
  filledByName: string;
  answers: AssessmentAnswer[];
};

export type DomainProgress = {
  domain: InstrumentDomain;
  /** The level at each assessment, oldest first; null where the domain was not discussed. */
  levels: (number | null)[];
  /** In the latest assessment, the resident wants to talk about this domain. */
  wantsToTalk: boolean;
  /** The latest answer that says something, for what the person, network and professional do. */
  latest: AssessmentAnswer | undefined;
};

/**
 * Progress per domain across the assessments made with `instrument` (oldest first): the domains the resident wants
 * to talk about first, then the instrument's own order.
 */
export function progressOf(instrument: Instrument, assessments: readonly Assessment[]): DomainProgress[] {
  const used = assessments.filter((a) => a.instrumentId === instrument.id);
  const last = used.at(-1);
  const rows = instrument.domains.map((domain) => {
    const answers = used.map((a) => a.answers.find((x) => x.domainKey === domain.key));
    return {
      domain,
      levels: answers.map((x) => x?.level ?? null),
      wantsToTalk: last?.answers.find((x) => x.domainKey === domain.key)?.wantsToTalk ?? false,
      latest: answers.at(-1),
    };
  });
  return [...rows.filter((r) => r.wantsToTalk), ...rows.filter((r) => !r.wantsToTalk)];
}
