// A reader of HSDS folders that knows only the official Open Referral HSDS 3.0 files (copied, unchanged, into
// src/modules/socialbase/hsds-3/): it reads each resource of the official datapackage.json from its path, as a
// Frictionless reader does, converts each cell by the field's type, and checks every row against the official
// tabular.json with ajv, plus what a Frictionless reader checks beyond a row: headers, required, enum, unique,
// primary and foreign keys. It returns one line per problem; an empty list means the folder conforms.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';

const official = new URL('../../src/modules/socialbase/hsds-3/', import.meta.url);

type Field = {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
};
type Resource = {
  name: string;
  path: string;
  schema: {
    fields: Field[];
    primaryKey?: string | string[];
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
};

export async function officialHsds() {
  const read = async (name: string) => JSON.parse(await readFile(new URL(name, official), 'utf8')) as unknown;
  const datapackage = (await read('datapackage.json')) as { resources: Resource[] };
  const tabular = (await read('tabular.json')) as { properties: Record<string, { items: object }> };
  return { datapackage, tabular };
}

// Frictionless' lexical forms (Table Schema, "default" format of each type).
const lexical: Record<string, RegExp> = {
  number: /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/,
  integer: /^[+-]?\d+$/,
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  time: /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/,
  datetime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/,
};

/** Every way the folder falls short of the official HSDS 3.0 tabular format. */
export async function officialHsdsProblems(dir: string): Promise<string[]> {
  const { datapackage, tabular } = await officialHsds();
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  // The nested arrays of the JSON form (a service's `phones`, …) point at the other schema files; a CSV row has no
  // such column, so an empty schema stands in for each.
  for (const ref of new Set(JSON.stringify(tabular).match(/"\$ref":"[^"#]+"/g) ?? []))
    ajv.addSchema({}, ref.slice(8, -1));
  const problems: string[] = [];
  const tables = new Map<string, Record<string, string>[]>();

  // The folder's own descriptor must describe the same resources as the official one.
  let own: { resources?: Resource[] } = {};
  try {
    own = JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8')) as typeof own;
  } catch {
    problems.push('datapackage.json: missing or not JSON');
  }
  for (const resource of datapackage.resources) {
    const mine = own.resources?.find((r) => r.name === resource.name);
    if (!mine) problems.push(`datapackage.json: no resource ${resource.name}`);
    else if (
      JSON.stringify({ ...mine.schema, path: mine.path }) !==
      JSON.stringify({ ...resource.schema, path: resource.path })
    )
      problems.push(`datapackage.json: resource ${resource.name} differs from the official one`);
  }

  for (const resource of datapackage.resources) {
    let text: string;
    try {
      text = await readFile(join(dir, resource.path), 'utf8');
    } catch {
      problems.push(`${resource.path}: missing`);
      continue;
    }
    const [header = [], ...records] = parse(text, { bom: true, relax_column_count: true }) as string[][];
    const names = resource.schema.fields.map((f) => f.name);
    if (JSON.stringify(header) !== JSON.stringify(names))
      problems.push(`${resource.path}: header is ${header.join(',')}, the official fields are ${names.join(',')}`);
    const rows = records.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
    tables.set(resource.name, rows);
    const validate = ajv.compile(tabular.properties[resource.name]!.items);

    rows.forEach((row, index) => {
      const where = `${resource.path} row ${index + 2}`;
      const typed: Record<string, unknown> = {};
      for (const field of resource.schema.fields) {
        const cell = row[field.name] ?? '';
        if (cell === '') {
          if (field.constraints?.required) problems.push(`${where}: ${field.name} is required`);
          continue;
        }
        const pattern = lexical[field.type];
        if (pattern && !pattern.test(cell)) problems.push(`${where}: ${field.name} "${cell}" is no ${field.type}`);
        typed[field.name] = field.type === 'number' || field.type === 'integer' ? Number(cell) : cell;
        if (field.constraints?.enum && !field.constraints.enum.includes(cell))
          problems.push(`${where}: ${field.name} "${cell}" is not one of ${field.constraints.enum.join(', ')}`);
      }
      if (!validate(typed))
        for (const error of validate.errors ?? []) problems.push(`${where}: ${error.instancePath} ${error.message}`);
    });

    for (const field of resource.schema.fields.filter((f) => f.constraints?.unique)) {
      const values = rows.map((r) => r[field.name] ?? '').filter(Boolean);
      const doubles = values.filter((v, i) => values.indexOf(v) !== i);
      if (doubles.length)
        problems.push(`${resource.path}: ${field.name} not unique: ${[...new Set(doubles)].join(', ')}`);
    }
  }

  // Foreign keys, once every table is read.
  for (const resource of datapackage.resources) {
    for (const key of resource.schema.foreignKeys ?? []) {
      const targets = new Set((tables.get(key.reference.resource) ?? []).map((r) => r[key.reference.fields]));
      (tables.get(resource.name) ?? []).forEach((row, index) => {
        const value = row[key.fields] ?? '';
        if (value && !targets.has(value))
          problems.push(
            `${resource.path} row ${index + 2}: ${key.fields} ${value} is not in ${key.reference.resource}`,
          );
      });
    }
  }
  return problems;
}
