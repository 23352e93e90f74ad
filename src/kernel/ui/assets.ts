// The stylesheet: only the NL Design System components Nabij uses, plus its own rules, bundled once at start-up.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

const components = [
  'document',
  'page-layout',
  'page-header',
  'page-body',
  'page-content',
  'page-footer',
  'skip-link',
  'heading-1',
  'heading-2',
  'heading-3',
  'paragraph',
  'link',
  'link-list',
  'unordered-list',
  'button',
  'button-link',
  'form-field',
  'form-fieldset',
  'form-label',
  'form-field-description',
  'form-field-error-message',
  'textbox',
  'textarea',
  'select',
  'radio-button',
  'checkbox',
  'alert',
  'table',
  'alternate-lang-nav',
  'data-list',
  'separator',
];

export type Stylesheet = { path: string; body: Buffer; gzipped: Buffer };

export function buildStylesheet(): Stylesheet {
  const parts = [
    readFileSync(require.resolve('@utrecht/design-tokens/dist/index.css'), 'utf8'),
    ...components.map((name) => readFileSync(require.resolve(`@utrecht/${name}-css/dist/index.css`), 'utf8')),
    readFileSync(new URL('./app.css', import.meta.url), 'utf8'),
  ];
  const body = Buffer.from(parts.join('\n'));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { path: `/assets/nabij.${hash}.css`, body, gzipped: gzipSync(body) };
}
