// A calendar date as people in the Netherlands write it (18-03-2025, 18-3-2025, 18/03/2025) or as a date picker
// sends it (2025-03-18), read into the ISO form the database keeps. Pure.

const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const iso = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "18-3-2025" or "2025-03-18" → "2025-03-18"; undefined when it is no date that exists (31-02-2025 included). */
export function parseDate(text: string): string | undefined {
  const trimmed = text.trim();
  const d = dutch.exec(trimmed);
  const i = iso.exec(trimmed);
  const [year, month, day] = d ? [d[3], d[2], d[1]] : i ? [i[1], i[2], i[3]] : [];
  if (!year || !month || !day) return undefined;
  const y = Number(year);
  const m = Number(month);
  const dd = Number(day);
  const date = new Date(Date.UTC(y, m - 1, dd));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== dd)
    return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** "2025-03-18" → "18-03-2025", the way a Dutch page shows a date in a sentence. */
export function dutchDate(isoDate: string): string {
  const i = iso.exec(isoDate);
  return i ? `${i[3]}-${i[2]}-${i[1]}` : isoDate;
}
