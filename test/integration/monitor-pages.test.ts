// The monitor's pages, CSV, API and open data (docs/monitor-pages.md). The figures are put into monitor_values
// directly (the refresh that computes them is tested on its own): a wijk with a count of 4 and one of 9 must read
// "minder dan 10" in the HTML, the CSV and the JSON, and the raw numbers appear nowhere; draft periods (after
// published_through) reach only those who may see them.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureNeighbourhood, type Tenant } from '../../src/kernel/tenancy/queries.js';
import { monitorAccessOf, isPublished } from '../../src/modules/monitor/queries/pages.js';
import { asPerson, sessionCookie, type TestApp, testApp } from '../support/app.js';
import { makeTenant, makeUser, type TestUser } from '../support/factories.js';

let t: TestApp;
let tenant: Tenant;
const wijk = {} as Record<'centrum' | 'noord' | 'zuid', string>;
let board: TestUser;
let boardElsewhere: TestUser;
let council: TestUser;
let resident: TestUser;
let teamMember: TestUser;
let admin: TestUser;

/** A figure for one wijk (or 'gemeente') in one quarter, as the refresh would have stored it. */
async function putValue(figure: string, start: string, where: string, n: number, value: number | null = null) {
  await t.database.db
    .insertInto('monitor_values')
    .values({
      tenant_id: tenant.id,
      figure_key: figure,
      period_kind: 'kwartaal',
      period_start: start,
      wijk: where,
      n,
      value,
    })
    .execute();
}

const PUBLISHED = ['2026-01-01', '2026-04-01'];
const DRAFT = '2026-07-01';
/** A cell of a table marked as a draft (the page's own explanation quotes the words too, so look for the cell). */
const draftCell = />concept, nog niet openbaar</;

beforeAll(async () => {
  t = await testApp({ NABIJ_GEMEENTE: 'monitordorp' });
  const db = t.database.db;
  tenant = await makeTenant(db, 'monitordorp', 'Monitordorp');
  for (const [slug, name] of [
    ['noord', 'Noord'],
    ['zuid', 'Zuid'],
  ] as const)
    await ensureNeighbourhood(db, tenant.id, slug, name);
  const rows = await db
    .selectFrom('neighbourhoods')
    .select(['id', 'slug'])
    .where('tenant_id', '=', tenant.id)
    .execute();
  for (const r of rows) wijk[r.slug as keyof typeof wijk] = r.id;
  // Noord 4 and Zuid 9: both under 10. Centrum 30, the municipality 43.
  for (const start of [...PUBLISHED, DRAFT]) {
    await putValue('initiatieven', start, wijk.noord, 4);
    await putValue('initiatieven', start, wijk.zuid, 9);
    await putValue('initiatieven', start, wijk.centrum, 30);
    await putValue('initiatieven', start, 'gemeente', 43);
    // A share over 4 (3 of them solved) is hidden too; over 25 (20 solved) it is 80%.
    await putValue('koppelingen_opgelost', start, wijk.noord, 4, 3);
    await putValue('koppelingen_opgelost', start, wijk.centrum, 25, 20);
    // Zuid's 12 alone would give Noord's 4 away (the total minus the rest): it is hidden as "verborgen".
    await putValue('koppelingen_opgelost', start, wijk.zuid, 12, 6);
  }
  // The draft quarter: the municipality's count is distinctive, so a leak shows.
  await putValue('vrijwilligers_actief', DRAFT, wijk.noord, 77);
  await putValue('vrijwilligers_actief', DRAFT, wijk.centrum, 88);
  await putValue('vrijwilligers_actief', DRAFT, 'gemeente', 165);
  await db
    .insertInto('monitor_settings')
    .values({ tenant_id: tenant.id, published_through: '2026-06-01', publish_open_data: false })
    .execute();

  board = await makeUser(db, tenant, 'klankbordgroep');
  boardElsewhere = await makeUser(db, tenant, 'klankbordgroep');
  await db.updateTable('users').set({ neighbourhood_id: wijk.noord }).where('id', '=', board.id).execute();
  await db.updateTable('users').set({ neighbourhood_id: wijk.zuid }).where('id', '=', boardElsewhere.id).execute();
  council = await makeUser(db, tenant, 'wmoraad');
  resident = await makeUser(db, tenant, 'bewoner');
  teamMember = await makeUser(db, tenant, 'wijkteamlid');
  admin = await makeUser(db, tenant, 'beheerder');
});
afterAll(() => t.close());

const get = async (url: string, who?: TestUser) =>
  t.app.inject({ url, headers: who ? { cookie: await sessionCookie(t, who) } : {} });

/** The text a person reads (tags and attributes left out, SVG titles and descriptions kept). */
const textOf = (html: string) => html.replace(/<[^>]*>/g, ' ');

/** RFC 4180 rows of a CSV text (quotes, doubled quotes, commas inside quotes). */
function csvRowsOf(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(cell), (cell = ''));
    else if (ch === '\n') (row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = ''));
    else cell += ch;
  }
  return rows;
}

type Item = {
  figuur: string;
  start: string;
  wijk: string;
  n: number | null;
  value: number | null;
  hidden: string | null;
  concept: boolean;
};

describe('who sees what (monitorAccessOf)', () => {
  it('gives the draft to the council and the team, its own wijk to the klankbordgroep, nothing to others', () => {
    expect(monitorAccessOf(undefined, null)).toEqual({ draft: 'geen' });
    for (const role of ['bewoner', 'vrijwilliger', 'initiatiefnemer', 'clientondersteuner'] as const)
      expect(monitorAccessOf(role, 'w1')).toEqual({ draft: 'geen' });
    expect(monitorAccessOf('klankbordgroep', 'w1')).toEqual({ draft: 'eigen_wijk', wijk: 'w1' });
    for (const role of ['wmoraad', 'wijkteamlid', 'regisseur', 'opbouwwerker', 'beheerder'] as const)
      expect(monitorAccessOf(role, null)).toEqual({ draft: 'alle' });
  });

  it('publishes a quarter only when its last month is published', () => {
    expect(isPublished('kwartaal', '2026-04-01', '2026-06-01')).toBe(true);
    expect(isPublished('kwartaal', '2026-04-01', '2026-05-01')).toBe(false);
    expect(isPublished('maand', '2026-05-01', '2026-05-01')).toBe(true);
    expect(isPublished('maand', '2026-05-01', null)).toBe(false);
  });
});

describe('small numbers', () => {
  it('read "minder dan 10" on the pages, and the raw 4 and 9 appear nowhere', async () => {
    for (const url of [
      '/monitor/initiatieven?periode=kwartaal',
      '/monitor/koppelingen_opgelost?periode=kwartaal',
      '/monitor?wijk=noord&periode=kwartaal',
      '/monitor?wijk=zuid&periode=kwartaal',
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      const text = textOf(response.body);
      expect(text, url).toContain('minder dan 10');
      expect(text, url).not.toMatch(/\b4\b/);
      expect(text, url).not.toMatch(/\b9\b/);
    }
    // The figure page's bars and their table: Centrum's 30 and the municipality's 43 stay.
    const bars = textOf((await get('/monitor/initiatieven?periode=kwartaal')).body);
    expect(bars).toContain('30');
    expect(bars).toContain('43');
    const shares = textOf((await get('/monitor/koppelingen_opgelost?periode=kwartaal')).body);
    expect(shares).toContain('80%');
    expect(shares).toContain('Zuid: verborgen');
    expect(shares).not.toMatch(/\b12\b/);
  });

  it('read "minder dan 10" in the CSV, with no count or value of the small wijken', async () => {
    const response = await get('/monitor/initiatieven.csv?periode=kwartaal');
    expect(response.statusCode).toBe(200);
    const rows = csvRowsOf(response.body.replace(/^\uFEFF/, ''));
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const noord = rows.filter((r) => r[col('wijk')] === 'Noord');
    expect(noord).toHaveLength(PUBLISHED.length);
    for (const r of noord) {
      expect(r[col('aantal')]).toBe('');
      expect(r[col('onderdrukt')]).toBe('minder dan 10');
    }
    for (const r of rows.slice(1)) {
      expect(r[col('aantal')]).not.toBe('4');
      expect(r[col('aantal')]).not.toBe('9');
    }
    const share = csvRowsOf((await get('/monitor/koppelingen_opgelost.csv?periode=kwartaal')).body.slice(1));
    const noordShare = share.find((r) => r[1] === 'Noord')!;
    expect(noordShare.slice(3, 7)).toEqual(['', '', '%', 'minder dan 10']);
  });

  it('read "minder dan 10" in the API, with n and value null', async () => {
    for (const url of ['/api/v1/monitor/cijfers?periode=kwartaal', '/api/v1/monitor/cijfers/initiatieven']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      const items = (response.json() as { cijfers: Item[] }).cijfers;
      const noord = items.filter((i) => i.wijk === 'noord' && i.figuur === 'initiatieven');
      expect(noord.length).toBe(PUBLISHED.length);
      for (const i of noord) expect(i).toMatchObject({ n: null, value: null, hidden: 'minder dan 10' });
      expect(response.body).not.toMatch(/"n":(4|9)[,}]/);
      expect(response.body).not.toMatch(/"value":(3|4|9)[,}]/);
    }
  });
});

describe('draft periods', () => {
  const draftItems = async (who?: TestUser) =>
    ((await get('/api/v1/monitor/cijfers?periode=kwartaal', who)).json() as { cijfers: Item[] }).cijfers.filter(
      (i) => i.start === DRAFT,
    );

  it('are not seen by the public or a resident, on the page, the CSV or the API', async () => {
    expect(await draftItems()).toEqual([]);
    expect(await draftItems(resident)).toEqual([]);
    for (const who of [undefined, council]) {
      // /monitor is the public view, whoever is signed in.
      const page = await get('/monitor?periode=kwartaal', who);
      expect(page.body).not.toMatch(draftCell);
      expect(textOf(page.body)).not.toContain('165');
    }
    const csv = await get('/monitor/vrijwilligers_actief.csv?periode=kwartaal');
    expect(csv.body).not.toContain('2026-K3');
  });

  it('reach the klankbordgroep for its own wijk only, marked as a draft', async () => {
    const own = await draftItems(board);
    expect(new Set(own.map((i) => i.wijk))).toEqual(new Set(['noord']));
    expect(own.every((i) => i.concept)).toBe(true);
    expect(own.find((i) => i.figuur === 'vrijwilligers_actief')).toMatchObject({ n: 77, concept: true });
    expect(new Set((await draftItems(boardElsewhere)).map((i) => i.wijk))).toEqual(new Set(['zuid']));

    const page = await get('/raad/monitor?wijk=noord&periode=kwartaal', board);
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(draftCell);
    expect(textOf(page.body)).toContain('77');
    // Another wijk, or the whole municipality: published figures only.
    for (const url of ['/raad/monitor?wijk=zuid&periode=kwartaal', '/raad/monitor?periode=kwartaal']) {
      const other = await get(url, board);
      expect(other.body, url).not.toMatch(draftCell);
      expect(textOf(other.body), url).not.toContain('165');
    }
    const csv = await get('/raad/monitor/vrijwilligers_actief.csv?periode=kwartaal', board);
    const rows = csvRowsOf(csv.body.slice(1));
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[7]])).toEqual([['2026-K3', 'Noord', '77', 'ja']]);
  });

  it('reach the Wmo council and the team for every wijk', async () => {
    for (const who of [council, teamMember]) {
      const items = await draftItems(who);
      expect(new Set(items.map((i) => i.wijk))).toEqual(new Set(['noord', 'zuid', 'centrum', 'gemeente']));
      expect(items.every((i) => i.concept)).toBe(true);
    }
    const page = await get('/raad/monitor?periode=kwartaal', council);
    expect(page.body).toMatch(draftCell);
    expect(textOf(page.body)).toContain('165');
    const team = await get('/team/monitor/vrijwilligers_actief?periode=kwartaal', teamMember);
    expect(team.statusCode).toBe(200);
    expect(textOf(team.body)).toContain('165');
  });

  it('become public when the administrator publishes through a later month', async () => {
    const person = asPerson(t);
    const month = `${new Date().toISOString().slice(0, 7)}-01`;
    const saved = await person.post(admin, '/beheer/monitor', '/beheer/monitor', { tot: month, open: 'ja' });
    expect(saved.statusCode).toBe(303);
    expect((await draftItems()).length).toBeGreaterThan(0);
    const wrong = await person.post(admin, '/beheer/monitor', '/beheer/monitor', { tot: '1999-01-01' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('id="veld-tot"');
    await t.database.db
      .updateTable('monitor_settings')
      .set({ published_through: '2026-06-01', publish_open_data: false })
      .where('tenant_id', '=', tenant.id)
      .execute();
  });
});

describe('the CSV download', () => {
  it('is an attachment in UTF-8 with a byte order mark and the documented columns', async () => {
    const response = await get('/monitor/initiatieven.csv?periode=kwartaal&wijk=noord');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="monitor-initiatieven.csv"');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = csvRowsOf(response.body.slice(1));
    expect(rows[0]).toEqual([
      'periode',
      'wijk',
      'figuur',
      'aantal',
      'waarde',
      'eenheid',
      'onderdrukt',
      'concept',
      'definitie',
    ]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['Noord', 'Noord']);
    expect(rows[1]![8]).toContain('activiteiten en initiatieven');
  });

  it('refuses a wijk or period that does not exist, and an unknown figure', async () => {
    expect((await get('/monitor/initiatieven.csv?periode=jaar')).statusCode).toBe(400);
    expect((await get('/monitor/initiatieven.csv?wijk=atlantis')).statusCode).toBe(400);
    expect((await get('/monitor/bestaat-niet.csv')).statusCode).toBe(404);
    expect((await get('/monitor/bestaat-niet')).statusCode).toBe(404);
  });
});

describe('the open data export', () => {
  it('is not found until the municipality publishes it, then holds the published figures only', async () => {
    for (const url of ['/open/monitor.csv', '/open/monitor.json']) {
      const closed = await get(url);
      expect(closed.statusCode, url).toBe(404);
      expect(closed.body, url).toContain('niet als open data');
    }
    await t.database.db
      .updateTable('monitor_settings')
      .set({ publish_open_data: true })
      .where('tenant_id', '=', tenant.id)
      .execute();
    const csv = await get('/open/monitor.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    expect(csv.body).not.toContain('2026-K3');
    expect(csv.body).toContain('minder dan 10');
    const json = await get('/open/monitor.json');
    const items = (json.json() as { cijfers: Item[] }).cijfers;
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((i) => i.concept || i.start === DRAFT)).toBe(false);
    expect(json.body).not.toMatch(/"n":(4|9)[,}]/);
    await t.database.db
      .updateTable('monitor_settings')
      .set({ publish_open_data: false })
      .where('tenant_id', '=', tenant.id)
      .execute();
  });
});

describe('the API', () => {
  it('answers a bad period or figure with 400 and an unknown figure with 404, as problem+json', async () => {
    for (const [url, status] of [
      ['/api/v1/monitor/cijfers?periode=jaar', 400],
      ['/api/v1/monitor/cijfers?figuur=bestaat_niet', 400],
      ['/api/v1/monitor/cijfers?vanaf=2026-13', 400],
      ['/api/v1/monitor/cijfers?vanaf=2026-06&tot=2026-01', 400],
      ['/api/v1/monitor/cijfers?wijk=atlantis', 400],
      ['/api/v1/monitor/cijfers/bestaat_niet', 404],
    ] as const) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(status);
      expect(response.headers['content-type'], url).toMatch(/^application\/problem\+json/);
      expect(response.json(), url).toMatchObject({ status });
    }
  });

  it('filters by wijk and months, and describes the figure', async () => {
    const response = await get('/api/v1/monitor/cijfers/initiatieven?wijk=centrum&vanaf=2026-04&tot=2026-06');
    expect(response.statusCode).toBe(200);
    const body = response.json() as { cijfers: Item[]; figuur: { key: string; definitie: string } };
    expect(body.cijfers).toEqual([
      expect.objectContaining({ start: '2026-04-01', wijk: 'centrum', n: 30, hidden: null, concept: false }),
    ]);
    expect(body.figuur.key).toBe('initiatieven');
  });

  it('reads no personal data: the monitor adds nothing to the access log', async () => {
    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM access_log`.execute(t.database.db);
    await get('/raad/monitor?wijk=noord&periode=kwartaal', board);
    await get('/api/v1/monitor/cijfers', council);
    await get('/team/monitor/initiatieven.csv', teamMember);
    const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM access_log`.execute(t.database.db);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });
});
