// Form validation: Dutch messages per field, values kept, passwords never echoed.
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldMessages, parseForm, TextField } from './forms.js';
import { messagesFor } from './messages.js';
import type { View } from './view.js';

const schema = z.object({
  email: z.string().trim().min(1, 'email_nodig').pipe(z.email('email_ongeldig')),
  wachtwoord: z.string().min(1, 'wachtwoord_nodig'),
});

const view = (lang: 'nl' | 'en'): View => ({
  lang,
  t: messagesFor(lang),
  path: '/',
  csrfToken: 't',
  user: undefined,
  tenant: undefined,
  stylesheetPath: '/s.css',
  showDevTools: false,
});

describe('parseForm', () => {
  it('returns typed data for a valid body', () => {
    expect(parseForm(schema, { email: ' a@b.nl ', wachtwoord: 'x' })).toEqual({
      ok: true,
      data: { email: 'a@b.nl', wachtwoord: 'x' },
    });
  });

  it('names the first problem of each field and keeps what was typed, but not the password', () => {
    const result = parseForm(schema, { email: 'fout', wachtwoord: 'geheim', _csrf: 'token' });
    expect(result).toEqual({ ok: false, errors: { email: 'email_ongeldig' }, values: { email: 'fout' } });
  });

  it('treats a missing body as empty fields', () => {
    const result = parseForm(schema, undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['email', 'wachtwoord']);
  });

  it("gives a check without a message of its own the general message, not another field's", () => {
    const languages = z.object({ talen: z.string().max(5), taal: z.enum(['nl', 'en']) });
    const result = parseForm(languages, { talen: 'nl;ar;tr', taal: '../x' });
    expect(result).toMatchObject({ ok: false, errors: { talen: 'waarde_ongeldig', taal: 'waarde_ongeldig' } });
  });

  it('has every message in Dutch and English', () => {
    for (const [nl, en] of Object.values(fieldMessages)) {
      expect(nl.length).toBeGreaterThan(5);
      expect(en.length).toBeGreaterThan(5);
    }
  });
});

describe('TextField', () => {
  it('ties label, hint and error to the input for screen readers', () => {
    const html = renderToString(
      <TextField
        view={view('nl')}
        name="email"
        label="E-mailadres"
        hint="Bijvoorbeeld naam@voorbeeld.nl"
        values={{ email: 'fout' }}
        errors={{ email: 'email_ongeldig' }}
      />,
    );
    expect(html).toContain('for="veld-email"');
    expect(html).toContain('aria-describedby="veld-email-uitleg veld-email-fout"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="fout"');
    expect(html).toContain('Vul een geldig e-mailadres in');
  });

  it('never puts a typed password back into the page', () => {
    const html = renderToString(
      <TextField
        view={view('en')}
        name="wachtwoord"
        type="password"
        label="Password"
        values={{ wachtwoord: 'geheim' }}
      />,
    );
    expect(html).not.toContain('geheim');
  });
});
