// Inspects an .xlsx (a zip archive) before any spreadsheet library unpacks it: a damaged, truncated or
// hostile archive (a zip bomb, paths escaping the folder) is refused here with a message saying what is wrong.
// The central directory is read by hand because its sizes must be checked before inflating anything, and
// every entry is then inflated once with a hard cap, because the sizes an archive declares can lie.
import { Inflate } from 'fflate';
import { AppError } from '../../../shared/result';

export interface ZipLimits {
  readonly maxEntries: number;
  /** Total unpacked size of all entries. */
  readonly maxTotalBytes: number;
  /** Unpacked/packed ratio above which a large entry is treated as a bomb. */
  readonly maxRatio: number;
}

export const XLSX_LIMITS: ZipLimits = { maxEntries: 5000, maxTotalBytes: 400 * 1024 * 1024, maxRatio: 200 };

export interface ZipEntryInfo {
  readonly name: string;
  readonly method: number;
  readonly packedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;

function bad(fileName: string, what: string): AppError {
  return new AppError('bad_file', `${fileName}: ${what}`);
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 65535);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** Reads and checks the archive's directory; throws AppError('bad_file') when it is unsafe or damaged. */
export function listZipEntries(bytes: Uint8Array, fileName: string, limits: ZipLimits = XLSX_LIMITS): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4 || view.getUint32(0, true) !== LOCAL) {
    throw bad(fileName, 'this is not an .xlsx workbook (an .xlsx file is a zip archive and starts with "PK"; this one does not)');
  }
  const end = bytes.length >= 22 ? findEndOfDirectory(view) : -1;
  if (end < 0) {
    throw bad(fileName, `the workbook is truncated or damaged: the archive's directory, which ends every .xlsx file, is missing (the file has ${bytes.length} bytes)`);
  }
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw bad(fileName, 'the workbook uses the ZIP64 format, which is only needed for files of several gigabytes; save it again from Excel');
  }
  if (count > limits.maxEntries) {
    throw bad(fileName, `the archive holds ${count} entries (more than ${limits.maxEntries}); this is not a plan workbook`);
  }
  if (directoryOffset + directorySize > end) {
    throw bad(fileName, 'the workbook is truncated or damaged: its directory points past the end of the file');
  }
  const entries: ZipEntryInfo[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) {
      throw bad(fileName, `the workbook is damaged: entry ${i + 1} of its directory cannot be read`);
    }
    const method = view.getUint16(at + 10, true);
    const packedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;

    if (name.startsWith('/') || name.includes('\\') || /^[a-zA-Z]:/.test(name) || name.split('/').includes('..')) {
      throw bad(fileName, `the archive holds an entry with an unsafe path ("${name}"); refused`);
    }
    if (method !== 0 && method !== 8) {
      throw bad(fileName, `entry "${name}" uses compression method ${method}, which .xlsx files do not use`);
    }
    if (localOffset + 30 + packedSize > directoryOffset) {
      throw bad(fileName, `the workbook is truncated or damaged: entry "${name}" runs past the data of the archive`);
    }
    total += size;
    if (total > limits.maxTotalBytes) {
      throw bad(fileName, `the archive would unpack to more than ${Math.round(limits.maxTotalBytes / MB)} MB; refused as a possible zip bomb`);
    }
    if (size > 10 * MB && size > packedSize * limits.maxRatio) {
      throw bad(fileName, `entry "${name}" would unpack ${Math.round(size / Math.max(packedSize, 1))} times larger than it is stored (${Math.round(size / MB)} MB); refused as a possible zip bomb`);
    }
    entries.push({ name, method, packedSize, size, localOffset });
  }
  return entries;
}

/**
 * Inflates every entry once, counting the bytes it really produces: an entry that unpacks to more than it
 * declared, or past the total limit, is refused before anything reads it. Returns the unpacked content of the
 * entries `keep` names (the workbook's XML), so that the archive is inflated only once.
 */
export function verifyZipContent(
  bytes: Uint8Array,
  entries: readonly ZipEntryInfo[],
  fileName: string,
  limits: ZipLimits = XLSX_LIMITS,
  keep: (name: string) => boolean = () => false,
): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    const at = entry.localOffset;
    if (view.getUint32(at, true) !== LOCAL) throw bad(fileName, `the workbook is damaged: entry "${entry.name}" is missing its header`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const packed = bytes.subarray(start, start + entry.packedSize);
    if (packed.length < entry.packedSize) throw bad(fileName, `the workbook is truncated: entry "${entry.name}" is cut short`);
    if (entry.method === 0) {
      total += packed.length;
      if (keep(entry.name)) kept.set(entry.name, packed);
      continue;
    }
    let produced = 0;
    const keeping = keep(entry.name);
    const chunks: Uint8Array[] = [];
    const inflater = new Inflate((chunk) => {
      produced += chunk.length;
      if (keeping) chunks.push(chunk);
      if (produced > entry.size || total + produced > limits.maxTotalBytes) {
        throw bad(fileName, `entry "${entry.name}" unpacks to more than the ${entry.size} bytes it declares; refused as a possible zip bomb`);
      }
    });
    try {
      const step = 256 * 1024;
      for (let i = 0; i < packed.length; i += step) inflater.push(packed.subarray(i, i + step), i + step >= packed.length);
      if (packed.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw bad(fileName, `the workbook is damaged: entry "${entry.name}" cannot be unpacked (${(error as Error).message})`);
    }
    if (produced !== entry.size) {
      throw bad(fileName, `the workbook is truncated or damaged: entry "${entry.name}" unpacks to ${produced} bytes instead of ${entry.size}`);
    }
    total += produced;
    if (keeping) kept.set(entry.name, joinChunks(chunks, produced));
  }
  return kept;
}

function joinChunks(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const joined = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}
