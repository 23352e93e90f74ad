// How current an entry is: confirmed recently, marked as not recently confirmed, or too old for triage.
export type Freshness = 'actueel' | 'verouderd' | 'verborgen';

export function monthsAgo(months: number, now = new Date()): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export function freshnessOf(
  lastConfirmedAt: Date,
  settings: { staleMonths: number; hiddenMonths: number },
  now = new Date(),
): Freshness {
  if (lastConfirmedAt < monthsAgo(settings.hiddenMonths, now)) return 'verborgen';
  if (lastConfirmedAt < monthsAgo(settings.staleMonths, now)) return 'verouderd';
  return 'actueel';
}
