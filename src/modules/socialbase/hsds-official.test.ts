// The HSDS export read by the official Open Referral HSDS 3.0 files (a copy in ./hsds-3/, CC BY-SA 4.0) and nothing
// of Nabij's own: every resource, header, type, required field, enum, unique value, primary and foreign key.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuurt } from '../../../test/support/buurt.js';
import { officialHsdsProblems } from '../../../test/support/hsds-official.js';
import { type ActivityInput, parseActivityRows } from './activity-import.js';
import { activitiesToHsds, type HsdsActivity, websiteUri, writeHsdsFolder } from './hsds.js';

const extra: ActivityInput[] = [
  {
    externalId: 'x01',
    name: 'Ouderavond',
    description: 'Om de week praten ouders over opvoeden.',
    kind: 'dienst',
    needKeys: ['opvoeding'],
    providerName: '',
    professional: false,
    address: 'Kersenlaan 10',
    postcode: '3532 AB',
    lat: 52.0901,
    lon: 5.1102,
    schedule: { frequentie: 'tweewekelijks', dagen: ['di'], vanaf: '2026-01-06', start: '19:00', eind: '21:00' },
    exceptions: [{ van: '2026-12-21', tot: '2027-01-03', reden: 'kerstvakantie' }],
    cost: '',
    isFree: false,
    targetGroup: '',
    wheelchairAccessible: true,
    languages: ['nl', 'pap'],
    capacity: 12,
    freePlaces: null,
    contactEmail: null,
    lastConfirmedAt: null,
  },
];

async function exportedFolder(): Promise<string> {
  const parsed = parseActivityRows(await readBuurt('activiteiten.csv'));
  expect(parsed.errors).toEqual([]);
  const activities: HsdsActivity[] = [...parsed.rows, ...extra].map((a) => ({ ...a, organisation: null }));
  // What people type as a website, and what the demo has: no scheme.
  activities[0] = {
    ...activities[0]!,
    organisation: { description: null, email: null, website: 'www.dekers.example' },
  };
  const dir = await mkdtemp(join(tmpdir(), 'nabij-hsds-official-'));
  await writeHsdsFolder(
    dir,
    activitiesToHsds(activities, { city: 'Wijkstad', province: 'Utrecht', today: '2026-12-07' }),
  );
  return dir;
}

describe('websites', () => {
  it('become URIs, or are left out', () => {
    expect(websiteUri('www.dekers.example')).toBe('https://www.dekers.example');
    expect(websiteUri('http://dekers.example/a')).toBe('http://dekers.example/a');
    expect(websiteUri('geen website')).toBe('');
  });
});

describe('the HSDS export against the official HSDS 3.0 descriptor and schema', () => {
  it('has no problem a reader of the official files would find', async () => {
    const problems = await officialHsdsProblems(await exportedFolder());
    expect(problems.length, problems.slice(0, 40).join('\n')).toBe(0);
  });
});
