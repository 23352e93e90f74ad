// Geography: points and distances, Dutch postcodes and their centroids.
export * from './postcodes.js';
export * from './postcode-import.js';
export type { GeoTables } from './schema.js';
