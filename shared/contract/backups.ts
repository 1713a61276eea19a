// File > Restore from Backup…: the automatic backups of the open workspace, and restoring one into a new file.
import { z } from 'zod';
import type { WorkspaceBackupList } from '../domain';
import { noInput, returns, type DomainSchemas } from './common';

export const backupsContract = {
  'backups:list': { input: noInput, result: returns<WorkspaceBackupList>() },
  /**
   * Asks where to put it (the system's save dialog), then writes the backup named there as a new workspace file; an
   * existing file is never written over. Null when the person cancelled.
   */
  'backups:restore': {
    input: z.object({ fileName: z.string().min(1, 'a backup must be named').max(255) }).strict(),
    result: returns<{ readonly path: string } | null>(),
  },
} as const satisfies DomainSchemas<'backups'>;
