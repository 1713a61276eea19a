// Unpacks a whole-plan package (a zip) only when it is safe to: the directory is read by hand and checked
// (entry count, paths that would escape a folder, declared sizes and compression ratios fit for a zip bomb)
// before anything is inflated, then each entry is inflated with a hard cap at the size it declares, because
// the sizes an archive declares can lie. Every refusal says what is wrong and in which file.
import { Inflate } from 'fflate';
import { AppError } from '../../../shared/result';

export interface SafeZipLimits {
  readonly maxEntries: number;
  readonly maxTotalBytes: number;
  /** Unpacked/packed ratio above which an entry larger than 1 MB is treated as a bomb. */
  readonly maxRatio: number;
}

export const PACK_LIMITS: SafeZipLimits = { maxEntries: 16, maxTotalBytes: 512 * 1024 * 1024, maxRatio: 100 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;

function bad(fileName: string, what: string): AppError {
  return new AppError('bad_file', `${fileName}: ${what}`);
}

/** A name that stays inside the folder it is unpacked into. */
export function isSafeEntryPath(name: string): boolean {
  if (name === '' || name.length > 200) return false;
  if (name.startsWith('/') || name.includes('\\') || /^[a-zA-Z]:/.test(name) || name.includes('\u0000')) return false;
  return !name.split('/').some((part) => part === '..' || part === '.' || part === '');
}

export function readSafeZip(bytes: Uint8Array, fileName: string, limits: SafeZipLimits = PACK_LIMITS): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL) throw bad(fileName, 'this is not a PlanDesk package (a .pmupack file is a zip archive; this one is not)');
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at -= 1) {
    if (view.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw bad(fileName, 'the package is truncated or damaged: the archive directory at its end is missing');
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count > limits.maxEntries) throw bad(fileName, `the package holds ${count} entries (at most ${limits.maxEntries}); refused`);
  if (directoryOffset + directorySize > end) throw bad(fileName, 'the package is truncated or damaged: its directory points past the end of the file');

  const entries: { name: string; method: number; packedSize: number; size: number; localOffset: number }[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw bad(fileName, `the package is damaged: entry ${i + 1} of its directory cannot be read`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const packedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (!isSafeEntryPath(name)) throw bad(fileName, `the package holds an entry with an unsafe path ("${name}"); refused`);
    if (entries.some((e) => e.name === name)) throw bad(fileName, `the package holds "${name}" twice; refused`);
    if (flags & 1) throw bad(fileName, `entry "${name}" is encrypted; PlanDesk packages never are`);
    if (method !== 0 && method !== 8) throw bad(fileName, `entry "${name}" uses compression method ${method}, which PlanDesk packages do not use`);
    if (localOffset + 30 + packedSize > directoryOffset) throw bad(fileName, `the package is truncated or damaged: entry "${name}" runs past the data of the archive`);
    total += size;
    if (total > limits.maxTotalBytes) throw bad(fileName, `the package would unpack to more than ${Math.round(limits.maxTotalBytes / MB)} MB; refused as a possible zip bomb`);
    if (size > MB && size > packedSize * limits.maxRatio) {
      throw bad(fileName, `entry "${name}" would unpack ${Math.round(size / Math.max(packedSize, 1))} times larger than it is stored (${Math.round(size / MB)} MB); refused as a possible zip bomb`);
    }
    entries.push({ name, method, packedSize, size, localOffset });
  }

  const content = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const local = entry.localOffset;
    if (view.getUint32(local, true) !== LOCAL) throw bad(fileName, `the package is damaged: entry "${entry.name}" is missing its header`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const packed = bytes.subarray(start, start + entry.packedSize);
    if (packed.length < entry.packedSize) throw bad(fileName, `the package is truncated: entry "${entry.name}" is cut short`);
    if (entry.method === 0) {
      content.set(entry.name, packed);
      continue;
    }
    const out = new Uint8Array(entry.size);
    let produced = 0;
    const inflater = new Inflate((chunk) => {
      if (produced + chunk.length > entry.size) {
        throw bad(fileName, `entry "${entry.name}" unpacks to more than the ${entry.size} bytes it declares; refused as a possible zip bomb`);
      }
      out.set(chunk, produced);
      produced += chunk.length;
    });
    try {
      const step = 64 * 1024;
      if (packed.length === 0) inflater.push(new Uint8Array(0), true);
      for (let i = 0; i < packed.length; i += step) inflater.push(packed.subarray(i, i + step), i + step >= packed.length);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw bad(fileName, `the package is damaged: entry "${entry.name}" cannot be unpacked (${(error as Error).message})`);
    }
    if (produced !== entry.size) throw bad(fileName, `the package is damaged: entry "${entry.name}" unpacks to ${produced} bytes instead of ${entry.size}`);
    content.set(entry.name, out);
  }
  return content;
}
