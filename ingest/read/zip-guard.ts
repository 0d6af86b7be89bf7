// Checks a ZIP (a .docx) before anyone unpacks it: the sizes its central directory declares,
// then each entry inflated under the remaining budget, since a declared size can lie.
import { inflateRawSync } from 'node:zlib';
import { megabytes } from './problem.ts';

/** `corrupt` tells a damaged archive from a refused (encrypted, oversized) one. */
export type ZipCheck = { readonly names: readonly string[] } | { readonly reason: string; readonly corrupt: boolean };

interface Entry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressed: number;
  readonly uncompressed: number;
  readonly offset: number;
}

class ZipError extends Error {}

function u16(b: Buffer, at: number): number {
  if (at + 2 > b.length) throw new ZipError('truncated');
  return b.readUInt16LE(at);
}
function u32(b: Buffer, at: number): number {
  if (at + 4 > b.length) throw new ZipError('truncated');
  return b.readUInt32LE(at);
}
function u64(b: Buffer, at: number): number {
  if (at + 8 > b.length) throw new ZipError('truncated');
  return Number(b.readBigUInt64LE(at));
}

function findDirectory(b: Buffer): { count: number; offset: number } {
  // The end record sits in the last 22 bytes plus at most a 64 KB comment.
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (b.readUInt32LE(at) !== 0x06054b50) continue;
    let count = u16(b, at + 10);
    let offset = u32(b, at + 16);
    if ((count === 0xffff || offset === 0xffffffff) && at >= 20 && u32(b, at - 20) === 0x07064b50) {
      const zip64 = u64(b, at - 12);
      if (u32(b, zip64) !== 0x06064b50) throw new ZipError('bad ZIP64 end record');
      count = u64(b, zip64 + 32);
      offset = u64(b, zip64 + 48);
    }
    return { count, offset };
  }
  throw new ZipError('not a ZIP archive (no end of central directory)');
}

function readEntries(b: Buffer): Entry[] {
  const { count, offset } = findDirectory(b);
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(b, at) !== 0x02014b50) throw new ZipError('damaged central directory');
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const name = b.toString('utf8', at + 46, at + 46 + nameLength);
    let compressed = u32(b, at + 20);
    let uncompressed = u32(b, at + 24);
    let local = u32(b, at + 42);
    // ZIP64: a field set to 0xFFFFFFFF is given again, 8 bytes wide, in extra field 0x0001.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = u16(b, x);
      const size = u16(b, x + 2);
      if (id === 0x0001) {
        let y = x + 4;
        if (uncompressed === 0xffffffff) (uncompressed = u64(b, y)), (y += 8);
        if (compressed === 0xffffffff) (compressed = u64(b, y)), (y += 8);
        if (local === 0xffffffff) local = u64(b, y);
      }
      x += 4 + size;
    }
    entries.push({ name, flags: u16(b, at + 8), method: u16(b, at + 10), compressed, uncompressed, offset: local });
    at += 46 + nameLength + extraLength + u16(b, at + 32);
  }
  return entries;
}

function inflatedSize(b: Buffer, entry: Entry, budget: number): number {
  if (u32(b, entry.offset) !== 0x04034b50) throw new ZipError(`damaged entry ${entry.name}`);
  const start = entry.offset + 30 + u16(b, entry.offset + 26) + u16(b, entry.offset + 28);
  if (start + entry.compressed > b.length) throw new ZipError(`truncated entry ${entry.name}`);
  const data = b.subarray(start, start + entry.compressed);
  if (entry.method === 0) return data.length;
  if (entry.method !== 8) throw new ZipError(`entry ${entry.name} uses an unsupported compression (${entry.method})`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return Infinity;
    throw new ZipError(`damaged data in ${entry.name}`);
  }
}

export function checkZip(bytes: Buffer, maxUnpackedBytes: number): ZipCheck {
  const limit = megabytes(maxUnpackedBytes);
  const bomb = (what: string) => ({ reason: `${what} — refusing a possible zip bomb`, corrupt: false });
  try {
    const entries = readEntries(bytes);
    if (entries.some((e) => e.flags & 1)) return { reason: 'password-protected (encrypted ZIP entries) — remove the password first', corrupt: false };
    const declared = entries.reduce((sum, e) => sum + e.uncompressed, 0);
    if (declared > maxUnpackedBytes) return bomb(`unpacks to ${megabytes(declared)} (limit ${limit})`);
    let total = 0;
    for (const entry of entries) {
      total += inflatedSize(bytes, entry, maxUnpackedBytes - total);
      if (total > maxUnpackedBytes) return bomb(`declares ${megabytes(declared)} but unpacks to more than the ${limit} limit`);
    }
    return { names: entries.map((e) => e.name) };
  } catch (error) {
    if (error instanceof ZipError) return { reason: error.message, corrupt: true };
    throw error;
  }
}
