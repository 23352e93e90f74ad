// Reading the postcodes an administrator types for a buurt: four digits ("3581") or a whole postcode ("3581 AB"),
// separated by spaces, commas or new lines. Pure, tested in postcodes.test.ts.

export type PostcodeList = { ok: true; prefixes: string[] } | { ok: false; wrong: string[] };

export function parsePostcodeList(text: string): PostcodeList {
  // "3581 AB" is one postcode: join its parts before splitting on spaces
  const joined = text.toUpperCase().replace(/\b(\d{4})\s+([A-Z]{2})\b/g, '$1$2');
  const tokens = joined.split(/[\s,;]+/).filter(Boolean);
  const wrong = tokens.filter((t) => !/^\d{4}([A-Z]{2})?$/.test(t));
  return wrong.length > 0 ? { ok: false, wrong } : { ok: true, prefixes: [...new Set(tokens)] };
}

/** The postcode as an administrator reads it: "3581 AB", or "3581". */
export const postcodeInWords = (prefix: string): string =>
  prefix.length === 6 ? `${prefix.slice(0, 4)} ${prefix.slice(4)}` : prefix;
