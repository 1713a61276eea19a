// Every file PlanDesk writes (exports, workbooks, packages, PDFs) is written whole or not at all: to a temporary file
// beside its target (same folder, so the same disk) and renamed into place only once complete and flushed. A full
// disk or a crash then leaves the previous file as it was, never a truncated one; the failure comes out in words.
import { randomUUID } from 'node:crypto';
import { access, constants, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/result';
import { fileFailureInWords } from '../db/storage-errors';

/** A file written beside its target, waiting to be put in place. */
export interface StagedFile {
  readonly path: string;
  readonly temporary: string;
}

function inWords(error: unknown, path: string): unknown {
  return fileFailureInWords(error, path) ?? error;
}

/** Writes `bytes` to a temporary file beside `path`; nothing is at `path` yet. */
export async function stageFile(path: string, bytes: Uint8Array | string): Promise<StagedFile> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.partial`);
  try {
    await writeFile(temporary, bytes, { flush: true });
  } catch (error) {
    await rm(temporary, { force: true });
    throw inWords(error, path);
  }
  return { path, temporary };
}

/** Renames staged files into place, replacing what was there. */
export async function putInPlace(files: readonly StagedFile[]): Promise<void> {
  for (const file of files) {
    try {
      await rename(file.temporary, file.path);
    } catch (error) {
      throw inWords(error, file.path);
    }
  }
}

/** Removes the temporary files of staged files that were not put in place. */
export async function discardStaged(files: readonly StagedFile[]): Promise<void> {
  await Promise.all(files.map((file) => rm(file.temporary, { force: true })));
}

/** Writes a whole file at `path`: the previous one stays until the new one is complete. */
export async function writeFileWhole(path: string, bytes: Uint8Array | string): Promise<void> {
  const staged = await stageFile(path, bytes);
  try {
    await putInPlace([staged]);
  } finally {
    await discardStaged([staged]);
  }
}

/** A folder to write into, created if missing; refused in words when it cannot be made or written to (nothing is left in it). */
export async function writableFolder(folder: string): Promise<string> {
  try {
    await mkdir(folder, { recursive: true });
    if (!(await stat(folder)).isDirectory()) throw new Error('it is a file, not a folder');
    await access(folder, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new AppError('invalid_input', `Cannot write to the folder ${folder}: ${reason}`);
  }
  return folder;
}
