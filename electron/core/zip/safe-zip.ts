// Reads a zip archive (an .xlsx workbook or a .pmupack package) only when it is safe to. The central
// directory is read by hand because its counts, paths and sizes must be checked before anything is inflated
// (too many entries, paths escaping a folder, sizes and compression ratios fit for a zip bomb); each entry is
// then inflated with a hard cap at the size it declares, because the sizes an archive declares can lie.
// Every refusal says what is wrong and in which file, in the words of the kind of file it is.
import { Inflate } from 'fflate';
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../../shared/result';

export interface ZipRules {
  /** What the file is, as the messages name it: "the workbook", "the package". */
  readonly noun: string;
  /** The whole message when the file is not a zip archive at all. */
  readonly notAnArchive: string;
  readonly maxEntries: number;
  /** Total unpacked size of all entries. */
  readonly maxTotalBytes: number;
  /** Unpacked/packed ratio above which an entry is treated as a bomb… */
  readonly maxRatio: number;
  /** …once it unpacks to more than this many bytes (small XML compresses very well). */
  readonly ratioCheckedFromBytes: number;
}

const MB = 1024 * 1024;

export const WORKBOOK_RULES: ZipRules = {
  noun: 'the workbook',
  notAnArchive: 'this is not an .xlsx workbook (an .xlsx file is a zip archive and starts with "PK"; this one does not)',
  maxEntries: 5000,
  maxTotalBytes: 400 * MB,
  maxRatio: 200,
  ratioCheckedFromBytes: 10 * MB,
};

export const PACKAGE_RULES: ZipRules = {
  noun: 'the package',
  notAnArchive: 'this is not a PlanDesk package (a .pmupack file is a zip archive; this one is not)',
  maxEntries: 16,
  maxTotalBytes: 512 * MB,
  maxRatio: 100,
  ratioCheckedFromBytes: MB,
};

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

function bad(fileName: string, what: string): AppError {
  return new AppError('bad_file', `${fileName}: ${what}`);
}

/** A name that stays inside the folder it would be unpacked into. */
export function isSafeEntryPath(name: string): boolean {
  if (name === '' || name.length > 300) return false;
  if (name.startsWith('/') || name.includes('\\') || /^[a-zA-Z]:/.test(name) || name.includes('\u0000')) return false;
  return !name.split('/').some((part, i, parts) => part === '..' || part === '.' || (part === '' && i < parts.length - 1));
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 65535); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** The "version made by" of an entry written on Unix (its attributes then carry the file's mode). */
const UNIX = 3;

/** The name bytes of the local header at `offset`, or null when there is no local header there. */
function localNameOf(view: DataView, bytes: Uint8Array, offset: number): Uint8Array | null {
  if (offset + 30 > bytes.length || view.getUint32(offset, true) !== LOCAL) return null;
  const length = view.getUint16(offset + 26, true);
  if (offset + 30 + length > bytes.length) return null;
  return bytes.subarray(offset + 30, offset + 30 + length);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** Reads and checks the archive's directory; throws AppError('bad_file') when it is unsafe or damaged. */
export function listZipEntries(bytes: Uint8Array, fileName: string, rules: ZipRules): ZipEntryInfo[] {
  const { noun } = rules;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4 || view.getUint32(0, true) !== LOCAL) throw bad(fileName, rules.notAnArchive);
  const end = bytes.length >= 22 ? findEndOfDirectory(view) : -1;
  if (end < 0) {
    throw bad(fileName, `${noun} is truncated or damaged: the archive's directory, which ends every zip file, is missing (the file has ${bytes.length} bytes)`);
  }
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw bad(fileName, `${noun} uses the ZIP64 format, which is only needed for files of several gigabytes; save it again`);
  }
  if (count > rules.maxEntries) throw bad(fileName, `${noun} holds ${count} entries (at most ${rules.maxEntries}); refused`);
  if (directoryOffset + directorySize > end) throw bad(fileName, `${noun} is truncated or damaged: its directory points past the end of the file`);

  const entries: ZipEntryInfo[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw bad(fileName, `${noun} is damaged: entry ${i + 1} of its directory cannot be read`);
    const madeBy = view.getUint16(at + 4, true);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const packedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const externalAttributes = view.getUint32(at + 38, true);
    const localOffset = view.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = new TextDecoder().decode(nameBytes);
    at += 46 + nameLength + extraLength + commentLength;

    if (!isSafeEntryPath(name)) throw bad(fileName, `${noun} holds an entry with an unsafe path ("${name}"); refused`);
    if (names.has(name)) throw bad(fileName, `${noun} holds "${name}" twice; refused`);
    names.add(name);
    if (flags & 1) throw bad(fileName, `entry "${name}" is encrypted, which ${noun} never is; refused`);
    // A Unix symbolic link (mode 0120000 in the high half of the attributes) would point other tools elsewhere when unpacked.
    if (madeBy >> 8 === UNIX && ((externalAttributes >>> 16) & 0o170000) === 0o120000) {
      throw bad(fileName, `entry "${name}" is a symbolic link, which ${noun} never holds; refused`);
    }
    if (method !== 0 && method !== 8) throw bad(fileName, `entry "${name}" uses compression method ${method}, which ${noun} never uses`);
    if (localOffset + 30 + packedSize > directoryOffset) throw bad(fileName, `${noun} is truncated or damaged: entry "${name}" runs past the data of the archive`);
    const localName = localNameOf(view, bytes, localOffset);
    // Tools that unpack by the local headers would write somewhere else than the directory says: the two must agree.
    if (localName === null) throw bad(fileName, `${noun} is damaged: entry "${name}" is missing its header`);
    if (!sameBytes(localName, nameBytes)) {
      throw bad(fileName, `entry "${name}" is named "${new TextDecoder().decode(localName)}" in its own header; an archive whose names disagree is refused`);
    }
    total += size;
    if (total > rules.maxTotalBytes) {
      throw bad(fileName, `${noun} would unpack to more than ${Math.round(rules.maxTotalBytes / MB)} MB; refused as a possible zip bomb`);
    }
    if (size > rules.ratioCheckedFromBytes && size > packedSize * rules.maxRatio) {
      throw bad(fileName, `entry "${name}" would unpack ${Math.round(size / Math.max(packedSize, 1))} times larger than it is stored (${Math.round(size / MB)} MB); refused as a possible zip bomb`);
    }
    entries.push({ name, method, packedSize, size, localOffset });
  }
  return entries;
}

/** The bytes an archive has produced so far, against its total limit. */
interface Unpacked {
  total: number;
}

/**
 * Entries that declare at most this size are inflated by Node's zlib in one call, several times faster than fflate
 * inflating in JavaScript (a tenth of a 10,000-action import's time went there), and then handed on in chunks; a
 * larger entry is inflated as it is read, so that memory stays bounded whatever the archive holds.
 */
const WHOLE_ENTRY_BYTES = 32 * MB;
/** The size of the chunks a wholly inflated entry is handed on in. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Inflates one entry that declares at most WHOLE_ENTRY_BYTES in one call, with zlib stopping at the size it declares
 * (or at the archive's total limit), before any of it reaches `onChunk`.
 */
function inflateWhole(packed: Uint8Array, entry: ZipEntryInfo, fileName: string, rules: ZipRules, unpacked: Unpacked, onChunk: ((chunk: Uint8Array) => void) | null): void {
  const room = Math.min(entry.size, rules.maxTotalBytes - unpacked.total);
  const bomb = () => bad(fileName, `entry "${entry.name}" unpacks to more than the ${entry.size} bytes it declares; refused as a possible zip bomb`);
  let inflated: Uint8Array;
  try {
    // One byte past the room, so that an entry with more in it than it declares shows as one.
    inflated = inflateRawSync(packed, { maxOutputLength: room + 1 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw bomb();
    throw bad(fileName, `${rules.noun} is damaged: entry "${entry.name}" cannot be unpacked (${(error as Error).message})`);
  }
  if (inflated.length > room) throw bomb();
  if (inflated.length !== entry.size) {
    throw bad(fileName, `${rules.noun} is truncated or damaged: entry "${entry.name}" unpacks to ${inflated.length} bytes instead of ${entry.size}`);
  }
  unpacked.total += inflated.length;
  if (!onChunk) return;
  for (let at = 0; at < inflated.length; at += CHUNK_BYTES) onChunk(inflated.subarray(at, at + CHUNK_BYTES));
}

/**
 * Inflates one entry, handing its bytes to `onChunk` as they come and counting them: an entry that unpacks to
 * more than it declared, or past the archive's total limit, is refused before its excess reaches anyone.
 */
function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntryInfo,
  fileName: string,
  rules: ZipRules,
  unpacked: Unpacked,
  onChunk: ((chunk: Uint8Array) => void) | null,
): void {
  const { noun } = rules;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (view.getUint32(at, true) !== LOCAL) throw bad(fileName, `${noun} is damaged: entry "${entry.name}" is missing its header`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const packed = bytes.subarray(start, start + entry.packedSize);
  if (packed.length < entry.packedSize) throw bad(fileName, `${noun} is truncated: entry "${entry.name}" is cut short`);
  if (entry.method === 0) {
    // Stored as is: its bytes are what it unpacks to, and they must be the size it declares too.
    if (packed.length > entry.size) {
      throw bad(fileName, `entry "${entry.name}" unpacks to more than the ${entry.size} bytes it declares; refused as a possible zip bomb`);
    }
    if (packed.length < entry.size) {
      throw bad(fileName, `${noun} is truncated or damaged: entry "${entry.name}" unpacks to ${packed.length} bytes instead of ${entry.size}`);
    }
    unpacked.total += packed.length;
    onChunk?.(packed);
    return;
  }
  if (entry.size <= WHOLE_ENTRY_BYTES && packed.length > 0) {
    inflateWhole(packed, entry, fileName, rules, unpacked, onChunk);
    return;
  }
  let produced = 0;
  // What the reader of the chunks throws (a workbook part that is not well-formed XML, …) is its own refusal.
  let readerError: unknown = undefined;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.size || unpacked.total + produced > rules.maxTotalBytes) {
      throw bad(fileName, `entry "${entry.name}" unpacks to more than the ${entry.size} bytes it declares; refused as a possible zip bomb`);
    }
    try {
      onChunk?.(chunk);
    } catch (error) {
      readerError = error;
      throw error;
    }
  });
  try {
    const step = 256 * 1024;
    if (packed.length === 0) inflater.push(new Uint8Array(0), true);
    for (let i = 0; i < packed.length; i += step) inflater.push(packed.subarray(i, i + step), i + step >= packed.length);
  } catch (error) {
    if (error instanceof AppError || error === readerError) throw error;
    throw bad(fileName, `${noun} is damaged: entry "${entry.name}" cannot be unpacked (${(error as Error).message})`);
  }
  if (produced !== entry.size) {
    throw bad(fileName, `${noun} is truncated or damaged: entry "${entry.name}" unpacks to ${produced} bytes instead of ${entry.size}`);
  }
  unpacked.total += produced;
}

/**
 * Inflates every entry once, counting the bytes it really produces: an entry that unpacks to more than it
 * declared, or past the total limit, is refused before anything reads it. Returns the unpacked content of the
 * entries `keep` names, so that the archive is inflated only once.
 */
export function unpackZipEntries(
  bytes: Uint8Array,
  entries: readonly ZipEntryInfo[],
  fileName: string,
  rules: ZipRules,
  keep: (name: string) => boolean,
): Map<string, Uint8Array> {
  const kept = new Map<string, Uint8Array>();
  const unpacked: Unpacked = { total: 0 };
  for (const entry of entries) {
    if (!keep(entry.name)) {
      inflateEntry(bytes, entry, fileName, rules, unpacked, null);
      continue;
    }
    const chunks: Uint8Array[] = [];
    inflateEntry(bytes, entry, fileName, rules, unpacked, (chunk) => chunks.push(chunk));
    kept.set(entry.name, joinChunks(chunks, entry.size));
  }
  return kept;
}

/** A checked archive whose entries are read one at a time, as a stream, in the order the reader needs them. */
export interface StreamedZip {
  readonly names: ReadonlySet<string>;
  /** Inflates the entry, handing its bytes on in chunks as they come; false when the archive has no such entry. */
  stream(name: string, onChunk: (chunk: Uint8Array) => void): boolean;
  /** Inflates the entries nobody read, so that an entry lying about its size is refused all the same. */
  checkTheRest(): void;
}

/** Checks the archive's directory (as listZipEntries does) and lets its entries be streamed within the same limits. */
export function openStreamedZip(bytes: Uint8Array, fileName: string, rules: ZipRules): StreamedZip {
  const entries = listZipEntries(bytes, fileName, rules);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const read = new Set<string>();
  const unpacked: Unpacked = { total: 0 };
  return {
    names: new Set(byName.keys()),
    stream(name, onChunk) {
      const entry = byName.get(name);
      if (!entry) return false;
      if (read.has(name)) throw bad(fileName, `${rules.noun} is damaged: two of its parts point to entry "${name}"`);
      read.add(name);
      inflateEntry(bytes, entry, fileName, rules, unpacked, onChunk);
      return true;
    },
    checkTheRest() {
      for (const entry of entries) {
        if (read.has(entry.name)) continue;
        read.add(entry.name);
        inflateEntry(bytes, entry, fileName, rules, unpacked, null);
      }
    },
  };
}

/** Checks and unpacks the whole archive. */
export function readSafeZip(bytes: Uint8Array, fileName: string, rules: ZipRules): Map<string, Uint8Array> {
  return unpackZipEntries(bytes, listZipEntries(bytes, fileName, rules), fileName, rules, () => true);
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
