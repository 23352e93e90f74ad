// Reading the spreadsheets people upload (CSV or XLSX) into rows, and the shape of a problem in a row.
export * from './table-file.js';
