// What comes in at the edge: invisible characters left out of every value, and how large a form may be.

/**
 * Characters nobody types on purpose, left out of every field, query parameter and path parameter at the edge:
 * control characters (C0 but tab, line feed and carriage return; DEL; C1), the byte order mark, the noncharacters
 * U+FFFE and U+FFFF, and the bidirectional embeddings, overrides and isolates that can make a name shown in the
 * team's lists read backwards. NUL cannot be stored in PostgreSQL at all. The right-to-left and left-to-right marks
 * and the zero-width joiners stay: Arabic text and emoji need them.
 */
const invisible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/g;

/** Half of a surrogate pair without its other half: not a character, and not encodable as UTF-8. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A typed value as Nabij keeps it: without invisible control characters, a lone surrogate as U+FFFD. */
export function cleanInput(value: string): string {
  return value.replace(invisible, '').replace(loneSurrogate, '\ufffd');
}

/** The value with every string in it cleaned (objects and arrays walked, the rest as it is). */
export function cleanValues<T>(value: T): T {
  if (typeof value === 'string') return cleanInput(value) as T;
  if (Array.isArray(value)) return value.map(cleanValues) as T;
  // Parsed bodies and queries are plain records, some with an empty prototype of their own (fast-querystring).
  const plain = Object.prototype.toString.call(value) === '[object Object]' && !Buffer.isBuffer(value);
  if (plain) {
    const entries = Object.entries(value as Record<string, unknown>);
    return Object.fromEntries(entries.map(([k, v]) => [k, cleanValues(v)])) as T;
  }
  return value;
}

/**
 * The largest form body: a story of 5,000 characters, each percent-encoded to up to 12 bytes, and the other fields
 * carried along fit with room to spare. A larger post gets "te groot" (413); JSON keeps Fastify's 1 MiB.
 */
export const FORM_BODY_LIMIT = 512 * 1024;
