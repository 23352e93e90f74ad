// Reading an uploaded table: a NUL byte in a cell (PostgreSQL cannot store one) is left out, not a server error.
import { describe, expect, it } from 'vitest';
import { readTableFile } from './table-file.js';

describe('readTableFile', () => {
  it('leaves NUL bytes out of CSV cells', async () => {
    const rows = await readTableFile(Buffer.from('id,naam\na1,Koffie\u0000ochtend\n', 'utf8'));
    expect(rows).toEqual([{ id: 'a1', naam: 'Koffieochtend' }]);
  });
});
