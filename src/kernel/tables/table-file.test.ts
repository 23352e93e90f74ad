// Reading an uploaded table, hostile ones included: NUL bytes, too many rows, zip bombs (honest and lying), long or
// broken cells, and files in other character sets than UTF-8, each refused or read with a Dutch message.
import { beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { deflatedZeros, sheetXml, workbookParts, zipOf } from '../../../test/support/hostile-files.js';
import {
  cellErrors,
  maxCellLength,
  maxTableRows,
  readTable,
  readTableFile,
  TableFileError,
  type TableFileProblem,
} from './table-file.js';

const refusal = async (bytes: Buffer): Promise<TableFileProblem | undefined> => {
  try {
    await readTable(bytes);
    return undefined;
  } catch (error) {
    if (error instanceof TableFileError) return error.problem;
    throw error;
  }
};

describe('readTableFile', () => {
  it('leaves NUL bytes out of CSV cells', async () => {
    const rows = await readTableFile(Buffer.from('id,naam\na1,Koffie\u0000ochtend\n', 'utf8'));
    expect(rows).toEqual([{ id: 'a1', naam: 'Koffieochtend' }]);
  });
});

describe('the row limit', () => {
  const csv = (rows: number) => Buffer.from(`id,naam\n${'a,b\n'.repeat(rows)}`);

  it(`reads ${maxTableRows} rows and refuses one more, in Dutch`, async () => {
    expect((await readTable(csv(maxTableRows))).rows).toHaveLength(maxTableRows);
    await expect(readTable(csv(maxTableRows + 1))).rejects.toThrow(
      'Het bestand heeft meer dan 20.000 regels; splits het in delen.',
    );
  });

  it('refuses 95,000 rows of a file under 5 MB without reading them all', async () => {
    const file = csv(95_000);
    expect(file.length).toBeLessThan(5 * 1024 * 1024);
    expect(await refusal(file)).toBe('bestand_te_veel_regels');
  });

  it('holds for XLSX files too, and can be raised for files that are large by nature', async () => {
    const rows = [['postcode'], ['3532 LC'], ['3532 LD'], ['3532 LE']];
    const xlsx = await writeXlsxFile(rows.map((r) => r.map((value) => ({ value })))).toBuffer();
    await expect(readTable(xlsx, { maxRows: 2 })).rejects.toMatchObject({ problem: 'bestand_te_veel_regels' });
    expect((await readTable(xlsx, { maxRows: Infinity })).rows).toHaveLength(3);
  });
});

describe('XLSX files', () => {
  // 200 MB of zeros, deflated to a few hundred KB: the heart of a zip bomb, made once.
  let zeros: Buffer;
  beforeAll(async () => {
    zeros = await deflatedZeros(200);
  });

  it('reads text, numbers, dates and yes/no as a spreadsheet shows them', async () => {
    const xlsx = await writeXlsxFile([
      [{ value: 'id' }, { value: 'naam' }, { value: 'lat' }, { value: 'vanaf' }, { value: 'toegankelijk' }],
      [
        { value: 'a1' },
        { value: 'Café <De Kers> & co' },
        { value: 52.09 },
        { value: new Date('2026-11-25T00:00:00Z'), format: 'yyyy-mm-dd' },
        { value: true },
      ],
      [],
      [{ value: 'a2' }, { value: '  spaties  ' }],
    ]).toBuffer();
    expect((await readTable(xlsx)).rows).toEqual([
      { id: 'a1', naam: 'Café <De Kers> & co', lat: '52.09', vanaf: '2026-11-25', toegankelijk: 'true' },
      { id: 'a2', naam: 'spaties', lat: '', vanaf: '', toegankelijk: '' },
    ]);
  });

  it('refuses a zip bomb by the size its directory declares, before unpacking it', async () => {
    const bomb = zipOf(workbookParts({ deflated: zeros, size: 200 * 1024 * 1024 }));
    expect(bomb.length).toBeLessThan(400 * 1024);
    await expect(readTable(bomb)).rejects.toThrow('Dit Excel-bestand is uitgepakt groter dan 50 MB.');
  });

  it('refuses a zip bomb that lies about its size, by unpacking with a limit', async () => {
    const bomb = zipOf(workbookParts({ deflated: zeros, declaredSize: 1000 }));
    expect(await refusal(bomb)).toBe('bestand_uitgepakt_te_groot');
  });

  it('reads sizes from a zip64 extra field, and refuses a bomb declared there', async () => {
    const parts = workbookParts({ data: sheetXml([['id'], ['a1']]) }).map((part) => ({ ...part, zip64: true }));
    expect((await readTable(zipOf(parts))).rows).toEqual([{ id: 'a1' }]);
    const bomb = zipOf(workbookParts({ deflated: zeros, size: 200 * 1024 * 1024, zip64: true }));
    expect(await refusal(bomb)).toBe('bestand_uitgepakt_te_groot');
  });

  it('never unpacks parts it does not read', async () => {
    const workbook = zipOf([
      ...workbookParts({ data: sheetXml([['id'], ['a1']]) }),
      { name: 'xl/media/image1.png', deflated: zeros, size: 200 * 1024 * 1024 },
    ]);
    expect((await readTable(workbook)).rows).toEqual([{ id: 'a1' }]);
  });

  it('keeps rows sparse: a cell in the last column (XFD) of every row makes no rows of 16,384 cells', async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) =>
        `<row><c r="A${i + 2}" t="inlineStr"><is><t>a${i}</t></is></c>` +
        `<c r="XFD${i + 2}" t="inlineStr"><is><t>verre cel</t></is></c></row>`,
    );
    const sheet = Buffer.from(
      '<worksheet><sheetData><row><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>' +
        `${rows.join('')}</sheetData></worksheet>`,
    );
    const read = (await readTable(zipOf(workbookParts({ data: sheet })))).rows;
    expect(read).toHaveLength(20_000);
    expect(read[19_999]).toEqual({ id: 'a19999' });
  });

  it('reads crafted XML in one pass: runs of stray <, and a tag with megabytes of attributes', async () => {
    const stray = Buffer.from(`<worksheet><sheetData>${'<'.repeat(4_000_000)}</sheetData></worksheet>`);
    expect((await readTable(zipOf(workbookParts({ data: stray })))).rows).toEqual([]);
    const parts = workbookParts({ data: sheetXml([['id'], ['a1']]) });
    parts[0]!.data = Buffer.from(
      `<workbook><sheets><sheet name="Blad1" ${'a'.repeat(4_000_000)} r:id="rId1"/></sheets></workbook>`,
    );
    expect((await readTable(zipOf(parts))).rows).toEqual([{ id: 'a1' }]);
  });

  it('refuses a file with more than 100 named columns, CSV or XLSX', async () => {
    const header = Array.from({ length: 101 }, (_, i) => `kolom${i}`);
    expect(await refusal(Buffer.from(`${header.join(',')}\n${header.join(',')}\n`))).toBe('bestand_te_veel_kolommen');
    expect(await refusal(zipOf(workbookParts({ data: sheetXml([header, header]) })))).toBe('bestand_te_veel_kolommen');
    expect((await readTable(Buffer.from(`${header.slice(1).join(',')}\n`))).rows).toEqual([]);
  });

  it('refuses a zip that is no spreadsheet, and an old .xls file with a way out', async () => {
    expect(await refusal(zipOf([{ name: 'leesmij.txt', data: Buffer.from('hallo') }]))).toBe('bestand_onleesbaar');
    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]);
    await expect(readTable(xls)).rejects.toThrow('Sla het in Excel op als Excel-werkmap (.xlsx) of als CSV UTF-8.');
  });
});

describe('character sets', () => {
  const text = 'id;naam\na1;Café Één\n';

  it('reads UTF-8 with and without byte order mark', async () => {
    for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])]) {
      expect(await readTable(bytes)).toEqual({ rows: [{ id: 'a1', naam: 'Café Één' }], encoding: 'utf-8' });
    }
  });

  it('reads Windows-1252 as such and says so, never as replacement characters', async () => {
    const windows1252 = Buffer.from(text, 'latin1');
    expect(windows1252.includes(0xe9)).toBe(true);
    const table = await readTable(windows1252);
    expect(table).toEqual({ rows: [{ id: 'a1', naam: 'Café Één' }], encoding: 'windows-1252' });
    // The euro sign is where Windows-1252 and Latin-1 differ.
    expect((await readTable(Buffer.from([...Buffer.from('id,kosten\na1,'), 0x80, 0x33]))).rows).toEqual([
      { id: 'a1', kosten: '€3' },
    ]);
  });

  it('reads UTF-16 with a byte order mark, as Excel saves "Unicode text" (tab separated)', async () => {
    const tabbed = 'id\tnaam\na1\tKòrsou-middag\n';
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tabbed, 'utf16le')]);
    const big = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(tabbed, 'utf16le').swap16()]);
    for (const bytes of [little, big])
      expect((await readTable(bytes)).rows).toEqual([{ id: 'a1', naam: 'Kòrsou-middag' }]);
  });

  it('refuses UTF-8 with a byte order mark whose bytes are broken', async () => {
    const broken = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('id,naam\na1,Caf'),
      Buffer.from([0xe9]),
    ]);
    expect(await refusal(broken)).toBe('bestand_codering');
  });
});

describe('cellErrors', () => {
  it(`refuses a cell longer than ${maxCellLength} characters, and one with a replacement character`, () => {
    expect(cellErrors({ id: 'a1', naam: 'x'.repeat(maxCellLength) }, 2)).toEqual([]);
    expect(cellErrors({ id: 'a1', naam: 'x'.repeat(3 * 1024 * 1024) }, 2)).toEqual([
      { row: 2, column: 'naam', message: 'Deze cel is te lang (meer dan 10.000 tekens).' },
    ]);
    expect(cellErrors({ id: 'a1', naam: 'Caf\uFFFD' }, 3)).toMatchObject([{ row: 3, column: 'naam' }]);
  });
});
