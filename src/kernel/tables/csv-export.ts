// Writing CSV that is safe to open in a spreadsheet: every CSV export of Nabij goes through csvTable. A cell that
// starts with = + - @, a tab or a carriage return is a formula to Excel and LibreOffice ("CSV injection"), so it gets
// a leading ' as OWASP advises; readers of our own files take it off again with withoutFormulaGuard.

// Leading quotes are counted in, so a text that itself starts with ' and then = also survives the round trip.
const formulaStart = /^'*[=+\-@\t\r]/;
const guardedFormula = /^'+[=+\-@\t\r]/;
// A plain number ("-5", "+31", "4.52") is no formula and stays as it is, so numbers keep working as numbers.
const plainNumber = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[+-]?\d+)?$/i;

/** The text as a spreadsheet must get it: with a leading ' when a program would take it for a formula. */
export function guardFormula(text: string): string {
  return formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}

/** The text as it was before guardFormula: for reading back what Nabij wrote. */
export function withoutFormulaGuard(text: string): string {
  return guardedFormula.test(text) ? text.slice(1) : text;
}

/** RFC 4180: a field is quoted when it holds a comma, quote or line break, or starts or ends with a space. */
const quoted = (text: string) => (/[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * A CSV file (comma separated, CRLF line ends) with a header. Every cell is guarded against formulas, except in
 * `verbatim` columns: those hold only values Nabij itself makes from checked data (such as -1FR, "last Friday", in an
 * iCal rule), which a program reading the file must get exactly.
 */
export function csvTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: { verbatim?: readonly string[] } = {},
): string {
  const verbatim = header.map((name) => options.verbatim?.includes(name) ?? false);
  const line = (cells: readonly string[]) =>
    `${cells.map((cell, i) => quoted(verbatim[i] ? cell : guardFormula(cell))).join(',')}\r\n`;
  return line(header) + rows.map(line).join('');
}
