// The open workspace and the app: facts for the header, the user's name, the summary, switching workspace file, and
// cancelling a long operation (shared/operations.ts).
import { z } from 'zod';
import type { AppInfo, WorkspaceSummary } from '../domain';
import { LANGUAGES } from '../language/languages';
import { noInput, returns, type DomainSchemas } from './common';

export const workspaceContract = {
  'app:info': { input: noInput, result: returns<AppInfo>() },
  /** Cancels a long operation; false when it had already ended. */
  'operations:cancel': { input: z.object({ operationId: z.string().min(1).max(100) }).strict(), result: returns<boolean>() },
  'preferences:setUserName': {
    input: z.object({ name: z.string().trim().min(1, 'the name must not be empty').max(120) }).strict(),
    result: returns<AppInfo>(),
  },
  /** View > Language: the interface's language, kept in the preferences; the desktop menu follows it. */
  'preferences:setLanguage': { input: z.object({ language: z.enum(LANGUAGES) }).strict(), result: returns<AppInfo>() },
  'workspace:summary': { input: noInput, result: returns<WorkspaceSummary>() },
  /** Desktop only: File > New / Open with the system dialog. Resolves false when the user cancels. */
  'workspace:chooseFile': {
    input: z.object({ mode: z.enum(['new', 'open']) }).strict(),
    result: returns<boolean>(),
  },
} as const satisfies DomainSchemas<'app' | 'operations' | 'preferences' | 'workspace'>;
