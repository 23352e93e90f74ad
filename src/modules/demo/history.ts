// A year of Wijkstad's history, so the monitor's trends show something: closed help requests with their matches and
// cases, assessments at a case's start and end, referrals, plans, volunteers' hours and answers to the satisfaction
// questions, month by month for the last 12 months. Invented, drawn from a seeded random source so every start
// makes the same history, and laid down in bulk (queries/history.ts): the demo's few living requests, cases and
// signals stay what the team works on; this is only what went before. The trends are built in on purpose: over the
// year fewer requests need a professional and more are solved in the neighbourhood.
import type { NeedKey } from '../../kernel/taxonomy/needs.js';

/** A small deterministic random source (mulberry32): the same seed, the same year. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type HistoryArea = { areaId: string; neighbourhoodId: string; postcodePrefix: string };

export type HistoryRequest = {
  createdAt: Date;
  closedAt: Date;
  postcode: string;
  route: 'collectief' | 'informeel' | 'professioneel' | 'spoed';
  need: NeedKey;
  text: string;
  match?: { kind: 'activiteit' | 'vrijwilliger'; outcome: string; rating: number; startedAt: Date };
  case?: {
    openedAt: Date;
    firstContactAt: Date;
    closedAt: Date;
    outcome: 'met_koppeling' | 'opgelost_zonder_hulp' | 'doorverwezen' | 'wil_geen_hulp_meer';
    planAt?: Date;
    /** Levels per domain at the first and the last conversation (1 = crisis … 5 = fully self-reliant). */
    assessment?: { domains: string[]; first: number[]; last: number[] };
    referral?: { own: boolean; at: Date };
  };
  /** Satisfaction answers given after it: a score per question, null for "weet ik niet". */
  satisfaction?: { about: 'koppeling' | 'casus'; month: Date; scores: (number | null)[] };
};

const texts: Record<HistoryRequest['route'], [NeedKey, string][]> = {
  collectief: [
    ['ontmoeting', 'Ik zou graag wat vaker onder de mensen zijn. Is er een koffieochtend in de buurt?'],
    ['maaltijd', 'Ik eet bijna altijd alleen. Is er ergens een plek om samen te eten?'],
    ['bewegen', 'Ik wil weer wat bewegen, maar niet alleen. Is er een wandelgroep?'],
  ],
  informeel: [
    ['boodschappen', 'Ik kan een tijdje niet zelf boodschappen doen. Wie kan helpen?'],
    ['klussen', 'Mijn keukenkastje hangt los en ik kan niet op een trap staan.'],
    ['vervoer', 'Ik moet naar het ziekenhuis en heb geen vervoer.'],
    ['digitaal', 'Ik snap niets van de app van de bank. Wie legt het uit?'],
  ],
  professioneel: [
    ['schulden', 'Ik heb schulden en de brieven stapelen zich op.'],
    ['psychisch', 'Ik zit al maanden erg in de put en weet niet waar ik moet beginnen.'],
    ['mantelzorg', 'De zorg voor mijn man wordt mij te zwaar.'],
  ],
  spoed: [['veiligheid', 'Mijn buurvrouw is gevallen en reageert niet goed.']],
};

const domains = ['financien', 'sociaal_netwerk', 'huisvesting', 'geestelijke_gezondheid', 'tijdsbesteding'];
const day = 86_400_000;

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: () => number, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const clampLevel = (level: number) => Math.max(1, Math.min(5, level));
const monthStart = (at: Date, monthsBack: number) =>
  new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - monthsBack, 1, 9));

/**
 * The requests of the 12 months before `now`'s month, per buurt about `perAreaPerMonth` a month. Each month a
 * little fewer go to a professional (from about a third to a fifth) and a little more matches succeed.
 */
export function planHistory(
  areas: readonly HistoryArea[],
  now: Date,
  { seed = 2026, perAreaPerMonth = 8 }: { seed?: number; perAreaPerMonth?: number } = {},
): HistoryRequest[] {
  const random = seededRandom(seed);
  const planned: HistoryRequest[] = [];
  for (let back = 12; back >= 1; back--) {
    const start = monthStart(now, back);
    const progress = (12 - back) / 11; // 0 in the oldest month, 1 in the last
    for (const area of areas) {
      const count = perAreaPerMonth + between(random, -2, 2);
      for (let i = 0; i < count; i++) {
        const createdAt = new Date(start.getTime() + between(random, 0, 26) * day + between(random, 0, 8) * 3_600_000);
        const roll = random();
        const professionalShare = 0.34 - 0.14 * progress;
        const route: HistoryRequest['route'] =
          roll < 0.03
            ? 'spoed'
            : roll < 0.03 + professionalShare
              ? 'professioneel'
              : random() < 0.5
                ? 'collectief'
                : 'informeel';
        const [need, text] = pick(random, texts[route]);
        const postcode = `${area.postcodePrefix} ${pick(random, ['AB', 'AD', 'AG', 'AJ', 'EP', 'GP', 'KN'])}`;
        const request: HistoryRequest = { createdAt, closedAt: createdAt, postcode, route, need, text };
        if (route === 'collectief' || route === 'informeel') {
          const solved = random() < 0.68 + 0.2 * progress;
          const startedAt = new Date(createdAt.getTime() + between(random, 1, 6) * day);
          request.match = {
            kind: route === 'collectief' ? 'activiteit' : 'vrijwilliger',
            outcome: solved ? `${route}_opgelost` : 'niet_opgelost',
            rating: solved ? between(random, 4, 5) : between(random, 2, 3),
            startedAt,
          };
          request.closedAt = new Date(startedAt.getTime() + between(random, 10, 30) * day);
          if (random() < 0.45)
            request.satisfaction = { about: 'koppeling', month: request.closedAt, scores: scores(random, solved) };
        } else {
          const openedAt = new Date(createdAt.getTime() + between(random, 0, 1) * day);
          const firstContactAt = new Date(openedAt.getTime() + between(random, 1, 7 - Math.round(3 * progress)) * day);
          const closedAt = new Date(openedAt.getTime() + between(random, 30, 75) * day);
          const better = random() < 0.55 + 0.2 * progress;
          const first = domains.map(() => between(random, 1, 3));
          request.case = {
            openedAt,
            firstContactAt,
            closedAt,
            outcome: better ? pick(random, ['met_koppeling', 'opgelost_zonder_hulp'] as const) : 'doorverwezen',
            planAt: random() < 0.7 ? new Date(openedAt.getTime() + between(random, 5, 20) * day) : undefined,
            assessment:
              random() < 0.8
                ? {
                    domains,
                    first,
                    last: first.map((l) => clampLevel(l + (better ? between(random, 0, 2) : between(random, -1, 1)))),
                  }
                : undefined,
            referral:
              !better || random() < 0.3
                ? { own: random() < 0.7, at: new Date(openedAt.getTime() + between(random, 7, 25) * day) }
                : undefined,
          };
          request.closedAt = closedAt;
          if (random() < 0.5)
            request.satisfaction = { about: 'casus', month: closedAt, scores: scores(random, better) };
        }
        // Only what has happened by now: a case closing next month is left out, the rest of the year stays.
        if (request.closedAt.getTime() < now.getTime()) planned.push(request);
      }
    }
  }
  return planned;
}

/** Nine answers on the 5-point scale, mostly agreeing when it went well; now and then "weet ik niet". */
function scores(random: () => number, wentWell: boolean): (number | null)[] {
  return Array.from({ length: 9 }, () =>
    random() < 0.06 ? null : clampLevel(wentWell ? between(random, 3, 5) : between(random, 1, 4)),
  );
}

/** Each volunteer a few afternoons a month over the same 12 months; a few more as the year goes on. */
export function planHours(
  volunteerIds: readonly string[],
  now: Date,
  seed = 2027,
): { volunteerId: string; on: Date; hours: number }[] {
  const random = seededRandom(seed);
  const hours: { volunteerId: string; on: Date; hours: number }[] = [];
  for (let back = 12; back >= 1; back--) {
    const start = monthStart(now, back);
    for (const volunteerId of volunteerIds) {
      if (random() < 0.25) continue; // not every volunteer is active every month
      const afternoons = between(random, 1, 3 + Math.round((12 - back) / 6));
      for (let i = 0; i < afternoons; i++)
        hours.push({
          volunteerId,
          on: new Date(start.getTime() + between(random, 0, 26) * day),
          hours: between(random, 2, 4),
        });
    }
  }
  return hours;
}
