// Which character set a CSV file was saved in. Excel on Windows still saves "CSV" in Windows-1252 unless asked for
// "CSV UTF-8"; reading that as UTF-8 would turn every é into a replacement character (U+FFFD) without a word.

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** The file's bytes could not be read as text in any character set we know (say, UTF-8 with broken bytes). */
export class TextEncodingError extends Error {}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

/**
 * The text of a file: UTF-8 when it is valid UTF-8 (with or without byte order mark), UTF-16 when it has a UTF-16
 * byte order mark, and otherwise Windows-1252, the character set Excel uses on Dutch Windows. Never guesses in a way
 * that produces replacement characters: broken UTF-8 after a UTF-8 byte order mark is refused.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const strict = (encoding: TextEncodingName, from: number) => {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from));
    } catch {
      return undefined;
    }
  };
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    const text = strict('utf-8', 3);
    if (text === undefined) throw new TextEncodingError('broken UTF-8 after a UTF-8 byte order mark');
    return { text, encoding: 'utf-8' };
  }
  for (const [encoding, mark] of [
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const) {
    if (!startsWith(bytes, ...mark)) continue;
    const text = strict(encoding, 2);
    if (text === undefined) throw new TextEncodingError(`broken ${encoding}`);
    return { text, encoding };
  }
  const utf8 = strict('utf-8', 0);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

// Windows-1252 is Latin-1 except for 0x80-0x9F, where it has € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ.
// Five bytes there have no character and stay the control characters Latin-1 gives them, as the WHATWG standard
// says. (Node 20's TextDecoder('windows-1252') decodes as Latin-1, so it cannot be used for this.)
const high =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Every byte is a character in Windows-1252: this never fails, and never gives U+FFFD. */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => high[c.charCodeAt(0) - 0x80]!);
}
