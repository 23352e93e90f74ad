// Reading the spreadsheets people upload (CSV or XLSX) into rows within limits, the shape of a problem in a row, and
// writing CSV that is safe to open in a spreadsheet.
export * from './table-file.js';
export { csvTable, guardFormula, withoutFormulaGuard } from './csv-export.js';
export { decodeText, type TextEncodingName } from './text-encoding.js';
