// Table types of geography: postcode centroids, reference data shared by every municipality.
// The table was created by migration 0004_socialbase (before geography was a part of the kernel).

export interface PostcodeTable {
  postcode: string;
  lat: number;
  lon: number;
}

export interface GeoTables {
  postcodes: PostcodeTable;
}
