// Self-check of harness.ts (not a vitest file): npx tsx test/browser/harness.check.ts
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectNoAxeViolations, launchBrowser, screenshot } from './harness.js';

const page = (body: string): string => `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harnascontrole – Nabij</title></head>
<body><main><h1>Welkom bij Nabij</h1><p>Uw buurtteam, dichtbij.</p>${body}</main></body>
</html>`;

const pages: Record<string, string> = {
  '/goed': page(''),
  '/fout': page('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">'),
};

const server = createServer((req, res) => {
  const html = pages[req.url ?? ''];
  res.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html ?? 'niet gevonden');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await launchBrowser();
try {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${base}/goed`);
  await expectNoAxeViolations(tab, 'goede pagina');
  const file = await screenshot(tab, 'harness-check');
  console.log(`ok: valid page passes axe; screenshot ${file}`);

  await tab.goto(`${base}/fout`);
  await assert.rejects(expectNoAxeViolations(tab, 'foute pagina'), (err: unknown) => {
    assert.ok(err instanceof Error);
    assert.match(err.message, /image-alt \[critical\]/);
    assert.match(err.message, /- img/);
    console.log(`ok: violation reported:\n${err.message}`);
    return true;
  });
  console.log(`ok: browser ${browser.version()}`);
} finally {
  await browser.close();
  server.close();
}
