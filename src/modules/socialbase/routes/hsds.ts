// Open data: this municipality's public social base as Open Referral HSDS 3.0 CSV files under /api/v1/hsds.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../../kernel/errors.js';
import { exportHsds, hsdsCsv, hsdsDataPackage, hsdsFileNames, type HsdsTableName, hsdsTables } from '../hsds.js';

// The files under the names the official datapackage.json gives them (organizations.csv), so a reader finds each one
// beside the descriptor.
const tableOfFile = new Map(hsdsTables.map((name) => [hsdsFileNames[name].replace(/\.csv$/, ''), name]));
const fileStems = [...tableOfFile.keys()] as [string, ...string[]];

export async function hsdsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = app.ctx.database.db;

  api.get(
    '/api/v1/hsds/datapackage.json',
    {
      config: {
        access: 'iedereen',
        scopes: ['sociale-kaart:lezen'],
        problems: [404],
        content: {
          'application/json': {
            schema: {
              type: 'object',
              description: 'Frictionless tabular data package (het officiële HSDS 3.0-descriptor)',
              required: ['profile', 'resources'],
              properties: { profile: { type: 'string' }, resources: { type: 'array', items: { type: 'object' } } },
            },
          },
        },
      },
      schema: {
        operationId: 'hsdsDatapackage',
        summary: 'De beschrijving (Frictionless data package) van de HSDS-bestanden',
        tags: ['hsds'],
      },
    },
    async (request) => {
      if (!request.tenant) throw notFound('Deze gemeente');
      return hsdsDataPackage();
    },
  );

  api.get(
    '/api/v1/hsds/:table.csv',
    {
      config: {
        access: 'iedereen',
        scopes: ['sociale-kaart:lezen'],
        problems: [404],
        content: { 'text/csv': { schema: { type: 'string', description: 'UTF-8, kopregel met alle kolommen' } } },
      },
      schema: {
        operationId: 'hsdsTabel',
        summary: 'Eén tabel van de sociale basis in Open Referral HSDS 3.0, als CSV',
        tags: ['hsds'],
        params: z.object({ table: z.enum(fileStems) }),
      },
    },
    async (request, reply) => {
      if (!request.tenant) throw notFound('Deze gemeente');
      // The whole export for one table: a neighbourhood's social base is small, and the ids must match across files.
      const tables = await exportHsds(db, request.tenant.id);
      const table = tableOfFile.get(request.params.table) as HsdsTableName;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `inline; filename="${request.params.table}.csv"`)
        .send(hsdsCsv(table, tables[table]));
    },
  );
}
