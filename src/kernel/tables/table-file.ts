// Reading a coordinator's spreadsheet: CSV (RFC 4180; ; , or tab separated; UTF-8, UTF-16 or Windows-1252) or XLSX,
// as rows of named cells, within limits that keep a hostile file from taking the server down.
import { parse } from 'csv-parse/sync';
import { decodeText, type TextEncodingName, TextEncodingError } from './text-encoding.js';
import { NotASpreadsheetError, readXlsxRows, TooManyRowsError } from './xlsx.js';
import { ZipError } from './zip.js';

export type TableRow = Record<string, string>;

/** A problem in one cell of an uploaded table, with the row number as a spreadsheet shows it. */
export type RowError = { row: number; column: string; message: string };

/** The largest file a coordinator may upload on a page. */
export const maxUploadBytes = 5 * 1024 * 1024;
/** At most this many rows below the header; a larger file is refused as a whole (split it). */
export const maxTableRows = 20_000;
/** At most this many named columns: the columns of CONTRACT.md and room for a coordinator's own. */
export const maxTableColumns = 100;
/** No cell may be longer than this, whatever its column; columns with a tighter limit say so in their own rules. */
export const maxCellLength = 10_000;
/** What the parts of an XLSX file that are read may unpack to, together and each. */
export const maxUnzippedBytes = 50 * 1024 * 1024;
export const maxUnzippedEntryBytes = 40 * 1024 * 1024;

/** Why a file is refused as a whole, each with its message in Dutch and English (a key of the form messages too). */
export type TableFileProblem =
  | 'bestand_te_groot'
  | 'bestand_onleesbaar'
  | 'bestand_te_veel_regels'
  | 'bestand_te_veel_kolommen'
  | 'bestand_uitgepakt_te_groot'
  | 'bestand_xls'
  | 'bestand_codering';

const dutch = (n: number) => n.toLocaleString('nl-NL');

export const tableFileMessages: Record<TableFileProblem, readonly [string, string]> = {
  bestand_te_groot: [
    `Het bestand is groter dan ${maxUploadBytes / 1024 / 1024} MB. Splits het in delen.`,
    `The file is larger than ${maxUploadBytes / 1024 / 1024} MB. Split it into parts.`,
  ],
  bestand_onleesbaar: [
    'Dit bestand kunnen we niet lezen. Gebruik een CSV- of Excel-bestand (.xlsx).',
    'We cannot read this file. Use a CSV or Excel (.xlsx) file.',
  ],
  bestand_te_veel_regels: [
    `Het bestand heeft meer dan ${dutch(maxTableRows)} regels; splits het in delen.`,
    `The file has more than ${maxTableRows.toLocaleString('en-GB')} rows; split it into parts.`,
  ],
  bestand_te_veel_kolommen: [
    `Het bestand heeft meer dan ${maxTableColumns} kolommen; laat de kolommen weg die Nabij niet gebruikt.`,
    `The file has more than ${maxTableColumns} columns; leave out the columns Nabij does not use.`,
  ],
  bestand_uitgepakt_te_groot: [
    `Dit Excel-bestand is uitgepakt groter dan ${maxUnzippedBytes / 1024 / 1024} MB. ` +
      'Sla het op als CSV (UTF-8) of splits het in delen.',
    `This Excel file unpacks to more than ${maxUnzippedBytes / 1024 / 1024} MB. Save it as CSV (UTF-8) or split it.`,
  ],
  bestand_xls: [
    'Dit is een oud Excel-bestand (.xls). Sla het in Excel op als Excel-werkmap (.xlsx) of als CSV UTF-8.',
    'This is an old Excel file (.xls). Save it in Excel as Excel Workbook (.xlsx) or as CSV UTF-8.',
  ],
  bestand_codering: [
    'De tekens in dit bestand zijn beschadigd: het begint als UTF-8 maar is het niet helemaal. ' +
      'Sla het opnieuw op als CSV UTF-8.',
    'The characters in this file are damaged: it starts as UTF-8 but is not quite. Save it again as CSV UTF-8.',
  ],
};

/** A file refused as a whole; `message` is the Dutch sentence for a coordinator, `problem` names it for a page. */
export class TableFileError extends Error {
  constructor(
    readonly problem: TableFileProblem,
    message: string = tableFileMessages[problem][0],
  ) {
    super(message);
    this.name = 'TableFileError';
  }
}

export type TableFile = {
  rows: TableRow[];
  /** The character set a CSV file was in; an XLSX file is always UTF-8 inside. */
  encoding: TextEncodingName;
};

/** Said to a coordinator when a file was not UTF-8, so they can check the letters with accents. */
export const convertedEncodingNotice: Partial<Record<TextEncodingName, readonly [string, string]>> = {
  'windows-1252': [
    'Het bestand was in Windows-1252 opgeslagen (een oudere tekenset van Excel); we hebben het omgezet. ' +
      'Kijk of letters met accenten, zoals é en ë, goed staan.',
    'The file was saved in Windows-1252 (an older Excel character set); we converted it. ' +
      'Check that letters with accents, like é and ë, look right.',
  ],
};

/** `maxRows` is maxTableRows unless a file of another kind (the open postcode tables) is larger by nature. */
export type ReadTableOptions = { maxRows?: number };

function isXlsx(bytes: Buffer): boolean {
  // XLSX files are zip archives: they start with "PK\x03\x04".
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

// Excel 97-2003 (.xls) files are OLE compound documents.
const isXls = (bytes: Buffer) => bytes.subarray(0, 8).equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'));

// A NUL character cannot be stored in PostgreSQL text and means nothing in a spreadsheet cell: left out.
const withoutNul = (text: string) => (text.includes('\0') ? text.replace(/\0/g, '') : text);

function readXlsx(bytes: Buffer, maxRows: number): TableRow[] {
  let sheet: string[][];
  try {
    sheet = readXlsxRows(bytes, { maxRows, maxEntryBytes: maxUnzippedEntryBytes, maxTotalBytes: maxUnzippedBytes });
  } catch (error) {
    if (error instanceof TooManyRowsError) throw new TableFileError('bestand_te_veel_regels');
    if (error instanceof ZipError)
      throw new TableFileError(error.reason === 'too_large' ? 'bestand_uitgepakt_te_groot' : 'bestand_onleesbaar');
    if (error instanceof NotASpreadsheetError) throw new TableFileError('bestand_onleesbaar');
    throw error;
  }
  const [header, ...rows] = sheet;
  if (!header) return [];
  // Only named columns are read, each row gets all of them (empty when the row has no such cell).
  const columns: [number, string][] = [];
  header.forEach((text, i) => {
    const name = text.trim().toLowerCase();
    if (name) columns.push([i, name]);
  });
  if (columns.length > maxTableColumns) throw new TableFileError('bestand_te_veel_kolommen');
  return rows.map((row) => Object.fromEntries(columns.map(([i, name]) => [name, withoutNul((row[i] ?? '').trim())])));
}

function columnNames(header: string[]): string[] {
  const names = header.map((h) => h.trim().toLowerCase());
  if (names.filter(Boolean).length > maxTableColumns) throw new TableFileError('bestand_te_veel_kolommen');
  return names;
}

function readCsv(text: string, maxRows: number): TableRow[] {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const count = (separator: string) => firstLine.split(separator).length;
  const delimiter = [';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
  let records: TableRow[];
  try {
    records = parse(text, {
      columns: columnNames,
      delimiter,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      // One record past the limit is enough to know the file is too long; the rest is not read.
      ...(Number.isFinite(maxRows) ? { to: maxRows + 1 } : {}),
    }) as TableRow[];
  } catch (error) {
    if (error instanceof TableFileError) throw error;
    throw new TableFileError('bestand_onleesbaar', `Het bestand is geen leesbare CSV: ${(error as Error).message}`);
  }
  if (records.length > maxRows) throw new TableFileError('bestand_te_veel_regels');
  return records;
}

/** Reads an uploaded table; throws TableFileError, with a Dutch message, for a file refused as a whole. */
export async function readTable(bytes: Buffer, options: ReadTableOptions = {}): Promise<TableFile> {
  const maxRows = options.maxRows ?? maxTableRows;
  if (isXlsx(bytes)) return { rows: readXlsx(bytes, maxRows), encoding: 'utf-8' };
  if (isXls(bytes)) throw new TableFileError('bestand_xls');
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof TextEncodingError) throw new TableFileError('bestand_codering');
    throw error;
  }
  return { rows: readCsv(withoutNul(decoded.text), maxRows), encoding: decoded.encoding };
}

/** The rows only, for files whose character set nobody needs to hear about (demo data, fixtures, benchmarks). */
export async function readTableFile(bytes: Buffer, options: ReadTableOptions = {}): Promise<TableRow[]> {
  return (await readTable(bytes, options)).rows;
}

/**
 * Cells no column may hold: longer than maxCellLength, or with a replacement character (U+FFFD), the trace of text
 * that was converted wrongly before it reached us. Checked before a row's own rules, so those never see such a cell.
 */
export function cellErrors(record: TableRow, row: number): RowError[] {
  const errors: RowError[] = [];
  for (const [column, text] of Object.entries(record)) {
    if (text.length > maxCellLength)
      errors.push({ row, column, message: `Deze cel is te lang (meer dan ${dutch(maxCellLength)} tekens).` });
    else if (text.includes('\uFFFD'))
      errors.push({
        row,
        column,
        message: 'Deze cel heeft een teken dat kapot is gegaan (�). Zet de tekst goed en sla het bestand op als UTF-8.',
      });
  }
  return errors;
}
