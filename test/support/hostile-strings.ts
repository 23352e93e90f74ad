// One shared corpus of hostile and odd input: every form field and API field is sent each of these (see
// test/integration/hostile-input.test.ts). Each entry says what it tests; none may give a server error.

export type HostileString = { name: string; value: string };

const long = (length: number) => 'Ĳsbrand '.repeat(Math.ceil(length / 8)).slice(0, length);

export const hostileStrings: readonly HostileString[] = [
  { name: 'NUL in a word', value: 'Jan\u0000Jansen' },
  { name: 'C0 controls (SOH, BEL, ESC)', value: 'Piet\u0001\u0007\u001b[31mrood' },
  { name: 'DEL', value: 'Klaas\u007f' },
  { name: 'C1 control (NEL) and tab', value: 'Ans\u0085\tde Vries' },
  { name: 'lone high surrogate', value: 'Mia\ud800' },
  { name: 'lone low surrogate first', value: '\udc00Noor' },
  { name: 'noncharacters U+FFFE and U+FFFF', value: 'Bram\ufffe\uffff' },
  { name: 'right-to-left override', value: 'Fatima \u202egnp.exe' },
  { name: 'left-to-right and right-to-left marks', value: '\u200eHenk\u200f de Boer' },
  { name: 'zero-width joiner and non-joiner', value: 'Se\u200dvda\u200c' },
  { name: 'BOM at the start', value: '\ufeffMila' },
  { name: '10,000 characters', value: long(10_000) },
  { name: '100,000 characters', value: long(100_000) },
  { name: 'emoji with ZWJ sequences and skin tones', value: '👩🏽‍🦱 buurvrouw 👨‍👩‍👧‍👦 🤝🏿 ❤️' },
  { name: 'combining characters', value: 'Zoë Z\u0065\u0301lie a\u0300\u0301\u0302\u0303\u0304' },
  { name: "Dutch place with ' and Ĳ", value: "'t Hoogt van d'Ĳssel" },
  { name: 'Dutch name with Ĳ and ĳ', value: 'Ĳsbrand Dĳkstra' },
  { name: "name with '", value: "O'Brien" },
  { name: 'script tag', value: '<script>alert(1)</script>' },
  { name: 'attribute breakout', value: '"><img src=x onerror=alert(1)>' },
  { name: 'SQL comment injection', value: "'; DROP TABLE users; --" },
  { name: 'SQL tautology', value: '1 OR 1=1' },
  { name: 'percent-encoded NUL as text', value: '%00' },
  { name: 'path traversal', value: '../../etc/passwd' },
  { name: 'template expression (mustache)', value: '{{7*7}}' },
  { name: 'template expression (JavaScript)', value: '${7*7}' },
  { name: 'Arabic', value: 'مرحبا، أحتاج مساعدة في التسوق' },
  { name: 'Turkish dotted and dotless i', value: 'İstanbul ılık ŞÇĞÜÖ' },
  { name: 'only spaces', value: '      ' },
  { name: 'CRLF injection', value: 'a\r\nSet-Cookie: x=y' },
  { name: 'minus zero', value: '-0' },
  { name: 'number too large', value: '1e999' },
  { name: 'date that does not exist', value: '2026-02-30' },
  { name: 'date in day-month-year, far away', value: '31-12-9999' },
  { name: 'empty', value: '' },
  { name: 'valid-looking email address of 300 characters', value: `${'a'.repeat(287)}@voorbeeld.nl` },
];

/** Raw bodies that are not valid UTF-8 or not valid percent-encoding, for a form field named `field`. */
export function invalidFormBodies(field: string): { name: string; body: Buffer }[] {
  return [
    { name: 'percent-encoded invalid UTF-8 (%C3%28)', body: Buffer.from(`${field}=Jan%C3%28`) },
    { name: 'percent-encoded byte 0xFF', body: Buffer.from(`${field}=%FF%FE`) },
    { name: 'percent sign without hex', body: Buffer.from(`${field}=100%25%`) },
    {
      name: 'raw bytes that are not UTF-8',
      body: Buffer.concat([Buffer.from(`${field}=Jan`), Buffer.from([0xff, 0xc3, 0x28, 0x80])]),
    },
  ];
}

/** A JSON body with bytes that are not UTF-8 inside a string, and JSON that is cut off. */
export const invalidJsonBodies: readonly { name: string; body: Buffer }[] = [
  {
    name: 'JSON with invalid UTF-8 bytes',
    body: Buffer.concat([Buffer.from('{"id":"a","tekst":"Jan'), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from('"}')]),
  },
  { name: 'JSON cut off', body: Buffer.from('{"id":"a","tekst":"Ja') },
  { name: 'JSON with a NUL escape', body: Buffer.from('{"id":"a\\u0000","tekst":"Jan\\u0000 zoekt hulp"}') },
  { name: 'JSON with a lone surrogate escape', body: Buffer.from('{"id":"a","tekst":"Jan \\ud800 zoekt hulp"}') },
];
