// The plan as a PDF to download, in plain words, with pdfkit's built-in Helvetica: its WinAnsi encoding holds the
// Dutch letters (ë, é, ï, ü); a character it cannot hold (an emoji, a script it lacks) is printed as "?" rather than
// as a wrong letter. No fonts to ship, no network.
import type PDFKit from 'pdfkit';
import { dutchDate } from '../../kernel/time/dates.js';
import { tr, type Lang } from '../../kernel/ui/messages.js';
import type { Instrument } from '../casework/index.js';
import type { PlanData } from './queries.js';
import { changedBy, domainName, dueLabel, lastChangeOf, whenLabel, whoLabel } from './words.js';

/** The characters of Windows-1252 above Latin-1's control range that are not in Latin-1 itself. */
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text as Helvetica can print it: anything outside WinAnsi becomes "?". */
export const winAnsi = (text: string): string =>
  [...text]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if (ch === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(ch))
        return ch;
      return '?';
    })
    .join('');

/** pdfkit and its fonts take about 0.1 s to load: only when the first plan is printed, not at every start. */
let pdfkit: Promise<typeof PDFKit> | undefined;

export async function planPdf(input: {
  lang: Lang;
  plan: PlanData | undefined;
  instrument: Instrument;
  now: Date;
  /** For tests: uncompressed streams, so the text can be read back. */
  compress?: boolean;
}): Promise<Buffer> {
  const { lang, plan, instrument, now } = input;
  const PDFDocument = await (pdfkit ??= import('pdfkit').then((m) => m.default));
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    compress: input.compress ?? true,
    info: { Title: tr(lang, 'Mijn plan', 'My plan'), Creator: 'Nabij' },
    lang: lang === 'en' ? 'en-GB' : 'nl-NL',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const heading = (text: string, size: number) => {
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).text(winAnsi(text)).moveDown(0.2);
  };
  const body = (text: string) => doc.font('Helvetica').fontSize(12).text(winAnsi(text)).moveDown(0.3);
  const small = (text: string) => doc.font('Helvetica-Oblique').fontSize(10).text(winAnsi(text)).moveDown(0.4);
  const by = (id: string) => {
    const last = plan ? lastChangeOf(plan.changes, id) : undefined;
    if (last)
      small(`${tr(lang, 'Geschreven door', 'Written by')} ${changedBy(lang, last)}, ${whenLabel(lang, last.at)}`);
  };

  heading(tr(lang, 'Mijn plan', 'My plan'), 22);
  body(
    (plan?.status === 'vastgesteld' && plan.setAt
      ? tr(lang, `Vastgesteld op ${whenLabel(lang, plan.setAt)}. `, `Set on ${whenLabel(lang, plan.setAt)}. `)
      : tr(lang, 'Nog niet vastgesteld. ', 'Not set yet. ')) +
      tr(lang, `Gemaakt op ${whenLabel(lang, now)}.`, `Made on ${whenLabel(lang, now)}.`),
  );

  heading(tr(lang, 'Wat ik wil bereiken', 'What I want to achieve'), 16);
  if (!plan || plan.goals.length === 0) body(tr(lang, 'Nog geen doelen.', 'No goals yet.'));
  for (const g of plan?.goals ?? []) {
    heading(domainName(lang, instrument, g.domainKey), 13);
    body(g.goal);
    if (g.wentWell) body(`${tr(lang, 'Wat ging goed:', 'What went well:')} ${g.wentWell}`);
    by(g.id);
  }

  heading(tr(lang, 'Wie doet wat', 'Who does what'), 16);
  if (!plan || plan.agreements.length === 0) body(tr(lang, 'Nog geen afspraken.', 'No agreements yet.'));
  for (const a of plan?.agreements ?? []) {
    heading(a.what, 13);
    body(
      `${whoLabel(lang, a.who, a.whoName)} · ${dueLabel(lang, a.dueOn)} · ` +
        (a.doneAt ? tr(lang, 'gedaan', 'done') : tr(lang, 'nog niet gedaan', 'not done yet')),
    );
    by(a.id);
  }

  for (const m of plan?.meetings ?? []) {
    heading(`${tr(lang, 'Netwerkberaad', 'Network meeting')}: ${dutchDate(m.meetsOn)}, ${m.place}`, 16);
    for (const i of m.invitees) {
      const task = plan?.agreements.find((a) => a.id === i.agreementId);
      body(task ? `${i.name}: ${task.what}` : i.name);
    }
  }
  doc.end();
  return done;
}
