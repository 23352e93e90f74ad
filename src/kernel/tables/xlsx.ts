// Reading the first sheet of an XLSX file as rows of text. A lean reader on purpose: the XML is scanned once, tag by
// tag, never built into a tree, so a sheet of 20,000 rows takes a fraction of a second and little memory, and no
// crafted XML makes the scan slower than linear (docs/decisions/0005-social-base.md).
import { openZip, type ZipLimits } from './zip.js';

/** Raised when a row beyond `maxRows` turns up; the reader stops there instead of reading the rest. */
export class TooManyRowsError extends Error {}

/** Raised when the archive is a zip but not a spreadsheet we can read. */
export class NotASpreadsheetError extends Error {}

type OnTag = (name: string, attributes: string, opens: boolean, closes: boolean) => void;

/**
 * Calls `onTag` for every tag (its namespace prefix, as in <x:row>, left aside) and `onText` for the text between
 * tags, in document order. Declarations and comments are skipped. Each character is looked at a bounded number of
 * times, so the scan is linear whatever the XML holds.
 */
function scanXml(xml: string, onTag: OnTag, onText: (text: string) => void): void {
  let at = 0;
  // The next > is looked for again only once it is passed, so a run of stray < costs no more than one look.
  let close = -1;
  while (at < xml.length) {
    const open = xml.indexOf('<', at);
    if (open < 0) {
      onText(xml.slice(at));
      return;
    }
    if (open > at) onText(xml.slice(at, open));
    if (close <= open) close = xml.indexOf('>', open + 1);
    if (close < 0) return;
    const nextOpen = xml.indexOf('<', open + 1);
    // A stray < (no well-formed file has one) is passed over as text.
    if (nextOpen >= 0 && nextOpen < close) {
      at = nextOpen;
      continue;
    }
    at = close + 1;
    const first = xml.charCodeAt(open + 1);
    if (first === 0x21 || first === 0x3f) continue; // <! and <?
    const closing = first === 0x2f; // </
    const selfClosing = xml.charCodeAt(close - 1) === 0x2f;
    const end = selfClosing ? close - 1 : close;
    let nameStart = closing ? open + 2 : open + 1;
    let nameEnd = nameStart;
    for (; nameEnd < end; nameEnd++) {
      const c = xml.charCodeAt(nameEnd);
      if (c === 0x3a)
        nameStart = nameEnd + 1; // the prefix before :
      else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) break;
    }
    onTag(xml.slice(nameStart, nameEnd), xml.slice(nameEnd, end), !closing, closing || selfClosing);
  }
}

/** One attribute's value, found without reading the others: for the attributes of every cell. */
function attribute(text: string, name: string): string | undefined {
  // The quick way needs the usual layout, name="value" after one space; anything else is read the long way.
  if (/[\t\n\r]| =|= /.test(text)) return attributes(text)[name];
  let at = text.indexOf(` ${name}=`);
  if (at < 0) return undefined;
  at += name.length + 2;
  const quote = text[at];
  if (quote !== '"' && quote !== "'") return undefined;
  const end = text.indexOf(quote, at + 1);
  return end < 0 ? undefined : decodeXml(text.slice(at + 1, end));
}

/** Every attribute of a tag, by its name without prefix (r:id is id). One pass, whatever the text holds. */
function attributes(text: string): Record<string, string> {
  const found = Object.create(null) as Record<string, string>;
  let at = 0;
  while (at < text.length) {
    const equals = text.indexOf('=', at);
    if (equals < 0) break;
    let start = equals + 1;
    while (start < text.length && ' \t\n\r'.includes(text[start]!)) start++;
    const quote = text[start];
    if (quote !== '"' && quote !== "'") {
      at = equals + 1;
      continue;
    }
    const end = text.indexOf(quote, start + 1);
    if (end < 0) break;
    const name = text.slice(at, equals).trim();
    const local = name.slice(name.lastIndexOf(':') + 1);
    if (local && !(local in found)) found[local] = decodeXml(text.slice(start + 1, end));
    at = end + 1;
  }
  return found;
}

const namedEntities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character references and the _xHHHH_ escapes of Office Open XML (Excel writes a carriage return as _x000D_). */
function decodeXml(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g, (whole, dec, hex, name) => {
      if (name) return namedEntities[name as string]!;
      const code = dec ? Number(dec) : Number.parseInt(hex as string, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

/** The text of every <si> (shared string): its runs (<t>), without the phonetic guides (<rPh>) of East Asian text. */
function sharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  let current: string | undefined;
  let inText = false;
  let inPhonetic = false;
  scanXml(
    xml,
    (name, _, opens, closes) => {
      if (name === 'si') {
        if (opens) current = '';
        if (closes && current !== undefined) {
          strings.push(current);
          current = undefined;
        }
      } else if (name === 'rPh') inPhonetic = opens && !closes;
      else if (name === 't') inText = opens && !closes;
    },
    (text) => {
      if (current !== undefined && inText && !inPhonetic) current += decodeXml(text);
    },
  );
  return strings;
}

function columnIndex(reference: string): number | undefined {
  const letters = /^[A-Z]{1,3}/i.exec(reference)?.[0];
  if (!letters) return undefined;
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

// Excel's last column is XFD; a reference beyond it is no spreadsheet (and would make a huge row).
const maxColumns = 16_384;

// Built-in number formats that show a date, and those that show a time (ECMA-376 part 1, 18.8.30).
const builtInDates = new Set([14, 15, 16, 17, 22]);
const builtInTimes = new Set([18, 19, 20, 21, 45, 46, 47]);

type DateStyle = 'date' | 'time';

/** Per cell style (the s attribute of a cell): whether its number is shown as a date or a time. */
function dateStyles(xml: string | undefined): (DateStyle | undefined)[] {
  const custom = new Map<number, string>();
  const styles: (DateStyle | undefined)[] = [];
  if (!xml) return styles;
  let inCellFormats = false;
  scanXml(
    xml,
    (name, text, opens, closes) => {
      if (name === 'numFmt' && opens) {
        const { numFmtId, formatCode } = attributes(text);
        if (numFmtId && formatCode !== undefined) custom.set(Number(numFmtId), formatCode);
      } else if (name === 'cellXfs') inCellFormats = opens && !closes;
      else if (name === 'xf' && opens && inCellFormats) {
        const id = Number(attributes(text).numFmtId ?? 0);
        styles.push(builtInDates.has(id) ? 'date' : builtInTimes.has(id) ? 'time' : customStyle(custom.get(id)));
      }
    },
    () => {},
  );
  return styles;
}

function customStyle(code: string | undefined): DateStyle | undefined {
  if (code === undefined) return undefined;
  // Quoted text, escaped characters and [colour] or [$-413] parts say nothing about dates.
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (/[dy]/i.test(bare)) return 'date';
  if (/[hs]/i.test(bare)) return 'time';
  return /m/i.test(bare) ? 'date' : undefined;
}

/** A serial day number as Excel stores dates: 2026-11-23, or 10:30 for a time of day. */
function serialText(serial: number, style: DateStyle, date1904: boolean): string {
  if (style === 'time') {
    const minutes = Math.round((serial - Math.floor(serial)) * 1440) % 1440;
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  // Day 0 is 1899-12-30 (or 1904-01-01), because Excel counts a 29 February 1900 that never was.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + Math.floor(serial) * 86_400_000);
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

/** Where the workbook's parts are, following its relationships as Excel does. */
function workbookParts(read: (name: string) => string | undefined) {
  const workbook = read('xl/workbook.xml');
  if (workbook === undefined) throw new NotASpreadsheetError('no xl/workbook.xml');
  let firstSheet: string | undefined;
  let date1904 = false;
  scanXml(
    workbook,
    (name, text, opens) => {
      if (name === 'sheet' && opens) firstSheet ??= attributes(text).id;
      if (name === 'workbookPr' && opens) date1904 = /^(1|true)$/.test(attributes(text).date1904 ?? '');
    },
    () => {},
  );
  const relations = new Map<string, { type: string; target: string }>();
  scanXml(
    read('xl/_rels/workbook.xml.rels') ?? '',
    (name, text, opens) => {
      if (name !== 'Relationship' || !opens) return;
      const { Id, Type, Target } = attributes(text);
      if (Id && Target)
        relations.set(Id, { type: Type ?? '', target: Target.startsWith('/') ? Target.slice(1) : `xl/${Target}` });
    },
    () => {},
  );
  const byType = (type: string) => [...relations.values()].find((r) => r.type.endsWith(`/${type}`))?.target;
  return {
    sheet: (firstSheet && relations.get(firstSheet)?.target) || 'xl/worksheets/sheet1.xml',
    sharedStrings: byType('sharedStrings') ?? 'xl/sharedStrings.xml',
    styles: byType('styles') ?? 'xl/styles.xml',
    date1904,
  };
}

/**
 * The first sheet of an XLSX file as rows of cell text, empty rows left out; a cell the file does not have is a hole
 * in its row. Throws ZipError when the archive unpacks to more than the limits, TooManyRowsError past `maxRows` rows
 * after the first, NotASpreadsheetError when it is no spreadsheet.
 */
export function readXlsxRows(bytes: Buffer, limits: ZipLimits & { maxRows: number }): string[][] {
  const zip = openZip(bytes, limits);
  const read = (name: string) => zip.read(name)?.toString('utf8');
  const parts = workbookParts(read);
  const shared = sharedStrings(read(parts.sharedStrings));
  const styles = dateStyles(read(parts.styles));
  const sheet = read(parts.sheet);
  if (sheet === undefined) throw new NotASpreadsheetError('no first sheet');

  const rows: string[][] = [];
  let cells: string[] = [];
  let next = 0;
  // The cell being read: its attributes, its value (<v>) and its inline text (<is><t>).
  let cell: { r?: string; t?: string; s?: string } | undefined;
  let value = '';
  let inline = '';
  let inside: 'v' | 't' | undefined;
  let inPhonetic = false;

  const endCell = () => {
    if (!cell) return;
    const column = (cell.r ? columnIndex(cell.r) : undefined) ?? next;
    if (column >= maxColumns) throw new NotASpreadsheetError('column beyond XFD');
    next = column + 1;
    cells[column] = cellText(cell, value, inline);
    cell = undefined;
  };
  const cellText = (c: { t?: string; s?: string }, v: string, is: string): string => {
    if (c.t === 's') return v.trim() === '' ? '' : (shared[Number(v)] ?? '');
    if (c.t === 'inlineStr') return is;
    if (c.t === 'b') return v === '1' ? 'true' : 'false';
    if (c.t === 'str' || c.t === 'e') return v;
    if (c.t === 'd') return v.slice(0, 10);
    const number = Number(v);
    const style = styles[Number(c.s ?? 0)];
    if (v.trim() === '' || !Number.isFinite(number)) return v;
    return style ? serialText(number, style, parts.date1904) : String(number);
  };
  const endRow = () => {
    const row = cells;
    cells = [];
    next = 0;
    // Holes stay holes: a cell far to the right (XFD2) must not make a row of 16,384 cells.
    if (!row.some((text) => text.trim() !== '')) return;
    if (rows.length > limits.maxRows) throw new TooManyRowsError();
    rows.push(row);
  };

  scanXml(
    sheet,
    (name, text, opens, closes) => {
      switch (name) {
        case 'row':
          if (opens) cells = [];
          if (closes) endRow();
          break;
        case 'c':
          if (opens) {
            cell = { r: attribute(text, 'r'), t: attribute(text, 't'), s: attribute(text, 's') };
            value = '';
            inline = '';
          }
          if (closes) endCell();
          break;
        case 'v':
          inside = opens && !closes ? 'v' : undefined;
          break;
        case 't':
          inside = opens && !closes ? 't' : undefined;
          break;
        case 'rPh':
          inPhonetic = opens && !closes;
          break;
      }
    },
    (text) => {
      if (!cell) return;
      if (inside === 'v') value += decodeXml(text);
      else if (inside === 't' && !inPhonetic) inline += decodeXml(text);
    },
  );
  return rows;
}
