// Reading forms out of a rendered page, as a browser would send them: each form's action and its fields, with
// their kind (typed by a person, chosen from options, hidden, a file) and what is filled in or ticked already.

export type FieldKind = 'typed' | 'password' | 'choice' | 'hidden' | 'file';

export type FormField = {
  name: string;
  kind: FieldKind;
  /** The values a choice offers (radio buttons, checkboxes, options, named buttons). */
  options: string[];
  /** What the page filled in, ticked or selected. */
  initial: string[];
};

export type HtmlForm = { method: 'get' | 'post'; action: string; multipart: boolean; fields: FormField[] };

/** The text of an HTML attribute value or text node as the browser reads it. */
export function decodeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

/** The rest of an opening tag after its name: attributes, whose quoted values may hold a >. */
const tagRest = '\\b(?:[^>"]|"[^"]*")*>';

const openingTag = (html: string) => new RegExp(`^<[a-z]+${tagRest}`, 'i').exec(html)?.[0] ?? html;

export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const inner = tag.replace(/^<[a-z]+/i, '').replace(/\/?>$/, '');
  for (const m of inner.matchAll(/([a-zA-Z_:][-\w:.]*)(?:="([^"]*)")?/g)) found.set(m[1]!.toLowerCase(), m[2] ?? '');
  return found;
}

const typedInputs = new Set(['text', 'email', 'tel', 'search', 'number', 'date', 'url']);

/** The fields of one form's inner HTML, grouped by name in the order they appear. */
export function fieldsOf(inner: string): FormField[] {
  const byName = new Map<string, FormField>();
  const field = (name: string, kind: FieldKind) => {
    const known = byName.get(name);
    if (known) return known;
    const made: FormField = { name, kind, options: [], initial: [] };
    byName.set(name, made);
    return made;
  };
  // preact escapes < but not > in attribute values: a tag ends at the first > outside quotes.
  const controls = new RegExp(`<input${tagRest}|<(textarea|select|button)${tagRest}([\\s\\S]*?)<\\/\\1>`, 'gi');
  for (const m of inner.matchAll(controls)) {
    const tag = m[1]?.toLowerCase() ?? 'input';
    const attrs = attributes(openingTag(m[0]));
    const name = attrs.get('name');
    if (!name) continue;
    if (tag === 'textarea') {
      field(name, 'typed').initial.push(decodeHtml(m[2] ?? ''));
    } else if (tag === 'select') {
      const f = field(name, 'choice');
      for (const option of (m[2] ?? '').matchAll(new RegExp(`<option${tagRest}`, 'gi'))) {
        const o = attributes(option[0]);
        f.options.push(decodeHtml(o.get('value') ?? ''));
        if (o.has('selected')) f.initial.push(decodeHtml(o.get('value') ?? ''));
      }
    } else if (tag === 'button') {
      field(name, 'choice').options.push(decodeHtml(attrs.get('value') ?? ''));
    } else {
      const type = (attrs.get('type') ?? 'text').toLowerCase();
      const value = decodeHtml(attrs.get('value') ?? '');
      if (type === 'radio' || type === 'checkbox') {
        const f = field(name, 'choice');
        f.options.push(value || 'on');
        if (attrs.has('checked')) f.initial.push(value || 'on');
      } else if (type === 'hidden') field(name, 'hidden').initial.push(value);
      else if (type === 'password') field(name, 'password').initial.push(value);
      else if (type === 'file') field(name, 'file');
      else if (typedInputs.has(type)) field(name, 'typed').initial.push(value);
    }
  }
  return [...byName.values()];
}

/** Every form of a page. */
export function formsOf(html: string): HtmlForm[] {
  return [...html.matchAll(new RegExp(`<form${tagRest}([\\s\\S]*?)<\\/form>`, 'gi'))].map((m) => {
    const attrs = attributes(openingTag(m[0]));
    return {
      method: (attrs.get('method') ?? 'get').toLowerCase() === 'post' ? 'post' : 'get',
      action: decodeHtml(attrs.get('action') ?? ''),
      multipart: (attrs.get('enctype') ?? '').toLowerCase() === 'multipart/form-data',
      fields: fieldsOf(m[1] ?? ''),
    };
  });
}

/** The value a page shows in the control named `name` (a text box or a text area), if it has one. */
export function shownValue(html: string, name: string): string | undefined {
  for (const form of formsOf(html)) {
    const field = form.fields.find((f) => f.name === name && (f.kind === 'typed' || f.kind === 'hidden'));
    if (field) return field.initial[0];
  }
  return undefined;
}
