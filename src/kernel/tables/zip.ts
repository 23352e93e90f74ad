// Reading entries of a zip archive (an XLSX file) with a cap on what they unpack to, so a small "zip bomb" cannot
// take the server's memory: declared sizes are checked first, and every entry is inflated with a byte limit too.
import * as zlib from 'node:zlib';

export type ZipLimits = { maxEntryBytes: number; maxTotalBytes: number };

/** Why an archive was refused: it unpacks to more than the limits allow, or it is no zip we can read. */
export class ZipError extends Error {
  constructor(readonly reason: 'too_large' | 'unreadable') {
    super(reason === 'too_large' ? 'zip unpacks to more than allowed' : 'not a readable zip archive');
  }
}

type Entry = { method: number; flags: number; crc: number; compressedSize: number; size: number; offset: number };

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

// Node has its own from 20.15 on; the table above is for older versions of Node 20.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** CRC-32 as zip archives use it. */
export function crc32(bytes: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(bytes);
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Some writers mark an entry's sizes 0xFFFFFFFF and give them in a zip64 extra field (id 1), even for small files:
 * the real ones are read from there, in the order the format gives them.
 */
function readZip64Sizes(extra: Buffer, entry: Entry): void {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== 1) continue;
    let field = at + 4;
    const next = () => {
      if (field + 8 > Math.min(extra.length, at + 4 + extra.readUInt16LE(at + 2))) throw new ZipError('unreadable');
      const value = Number(extra.readBigUInt64LE(field));
      field += 8;
      return value;
    };
    if (entry.size === 0xffffffff) entry.size = next();
    if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
    if (entry.offset === 0xffffffff) entry.offset = next();
    return;
  }
}

/** The central directory: the archive's own list of entries, at its end. */
function centralDirectory(zip: Buffer): Map<string, Entry> {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('unreadable');
  const count = zip.readUInt16LE(end + 10);
  const offset = zip.readUInt32LE(end + 16);
  // A zip64 directory or a multi-disk archive is not what a spreadsheet program writes for a file of a few megabytes.
  if (zip.readUInt16LE(end + 4) !== 0 || count === 0xffff || offset === 0xffffffff) throw new ZipError('unreadable');

  const entries = new Map<string, Entry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new ZipError('unreadable');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const entry: Entry = {
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      offset: zip.readUInt32LE(at + 42),
    };
    readZip64Sizes(zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    entries.set(name, entry);
    at += 46 + nameLength + extraLength + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * An archive whose entries are unpacked one by one on demand. Only the entries asked for are inflated, and all of
 * them together may unpack to at most `maxTotalBytes`.
 */
export function openZip(zip: Buffer, limits: ZipLimits) {
  const entries = centralDirectory(zip);
  let unpacked = 0;
  return {
    /** The entry's bytes, or undefined when the archive has no such entry. */
    read(name: string): Buffer | undefined {
      const entry = entries.get(name);
      if (!entry) return undefined;
      // Bit 0: encrypted. Only stored (0) and deflated (8) entries are in spreadsheets.
      if (entry.flags & 1 || (entry.method !== 0 && entry.method !== 8)) throw new ZipError('unreadable');
      const allowed = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - unpacked);
      // What the directory declares is checked before anything is inflated...
      if (entry.size > allowed) throw new ZipError('too_large');
      const at = entry.offset;
      if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw new ZipError('unreadable');
      const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
      if (start + entry.compressedSize > zip.length) throw new ZipError('unreadable');
      const data = zip.subarray(start, start + entry.compressedSize);
      let bytes: Buffer;
      if (entry.method === 0) bytes = data;
      else {
        try {
          // ...and not trusted: inflating stops at the declared size, so a lying entry cannot unpack further.
          bytes = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
        } catch (error) {
          throw new ZipError(
            (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too_large' : 'unreadable',
          );
        }
      }
      if (bytes.length !== entry.size || crc32(bytes) !== entry.crc) throw new ZipError('unreadable');
      unpacked += bytes.length;
      return bytes;
    },
  };
}
