// Reading a coordinator's spreadsheet: CSV (RFC 4180, UTF-8, ; or , separated) or XLSX, as rows of named cells.
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';

export type TableRow = Record<string, string>;

/** A problem in one cell of an uploaded table, with the row number as a spreadsheet shows it. */
export type RowError = { row: number; column: string; message: string };

export class TableFileError extends Error {}

function isXlsx(bytes: Buffer): boolean {
  // XLSX files are zip archives: they start with "PK\x03\x04".
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
};

export async function readTableFile(bytes: Buffer): Promise<TableRow[]> {
  if (isXlsx(bytes)) {
    const sheet = await readXlsxFile(bytes);
    const [header, ...rows] = sheet;
    if (!header) return [];
    const names = header.map((h) => cellText(h).toLowerCase());
    return rows
      .filter((row) => row.some((cell) => cellText(cell) !== ''))
      .map((row) => Object.fromEntries(names.map((name, i) => [name, cellText(row[i]).replace(/\0/g, '')])));
  }
  // A NUL byte cannot be stored in PostgreSQL text and means nothing in a spreadsheet cell: left out.
  const text = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\0/g, '');
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const records = parse(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      delimiter,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as TableRow[];
    return records;
  } catch (error) {
    throw new TableFileError(`Het bestand is geen leesbare CSV: ${(error as Error).message}`);
  }
}
