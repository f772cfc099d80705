import { inflateRawSync } from 'node:zlib';

/** Read one entry of a zip archive (stored or deflated) by its file name, via the central directory. */
export function readZipEntry(zip: Buffer, name: string): Buffer {
  const entries = listZip(zip);
  const entry = entries.find((e) => e.name === name || e.name.endsWith(`/${name}`));
  if (!entry) throw new Error(`zip has no entry ${name} (has: ${entries.map((e) => e.name).join(', ')})`);
  const local = entry.offset;
  if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`zip entry ${name}: bad local header`);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflateRawSync(data);
  throw new Error(`zip entry ${name}: unsupported compression method ${entry.method}`);
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  offset: number;
}

export function listZip(zip: Buffer): ZipEntry[] {
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive (no end of central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('zip central directory is corrupt');
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    entries.push({
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      offset: zip.readUInt32LE(p + 42),
      name: zip.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
