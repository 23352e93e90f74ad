// The date field: Dutch notation and the picker's form both read, the message in Dutch, what was typed kept.
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DateField, dateInput, optionalDateInput } from './date-field.js';
import { fieldMessage, parseForm } from './forms.js';
import { messagesFor } from './messages.js';
import type { View } from './view.js';

const view: View = {
  lang: 'nl',
  t: messagesFor('nl'),
  path: '/',
  csrfToken: 't',
  user: undefined,
  tenant: undefined,
  stylesheetPath: '/s.css',
  showDevTools: false,
};

const schema = z.object({ datum: dateInput(), vog: optionalDateInput() });

describe('the date schema', () => {
  it('takes Dutch notation and ISO, and gives ISO', () => {
    for (const typed of ['18-03-2025', '18-3-2025', '18/03/2025', '2025-03-18'])
      expect(parseForm(schema, { datum: typed, vog: '' })).toEqual({
        ok: true,
        data: { datum: '2025-03-18', vog: null },
      });
  });

  it('says how to write a date when it cannot read one', () => {
    const result = parseForm(schema, { datum: '31-02-2025', vog: 'gisteren' });
    expect(result).toMatchObject({ ok: false, errors: { datum: 'datum_ongeldig', vog: 'datum_ongeldig' } });
    expect(fieldMessage('nl', 'datum_ongeldig')).toContain('Schrijf de datum als 18-03-2025');
    expect(parseForm(schema, {})).toMatchObject({ ok: false, errors: { datum: 'datum_ongeldig' } });
  });
});

describe('the date field', () => {
  it('is the browser’s date picker, filled with the date read', () => {
    const html = renderToString(<DateField view={view} name="datum" label="Datum" values={{ datum: '18-3-2025' }} />);
    expect(html).toContain('type="date"');
    expect(html).toContain('value="2025-03-18"');
  });

  it('keeps what was typed, as text, when it was no date', () => {
    const html = renderToString(
      <DateField
        view={view}
        name="datum"
        label="Datum"
        values={{ datum: '31-02-2025' }}
        errors={{ datum: 'datum_ongeldig' }}
      />,
    );
    expect(html).toContain('type="text"');
    expect(html).toContain('value="31-02-2025"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('Schrijf de datum als 18-03-2025');
  });
});
