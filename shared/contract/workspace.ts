// The open workspace and the app: facts for the header, the user's name, the summary, switching workspace file.
import { z } from 'zod';
import type { AppInfo, WorkspaceSummary } from '../domain';
import { noInput, returns, type DomainSchemas } from './common';

export const workspaceContract = {
  'app:info': { input: noInput, result: returns<AppInfo>() },
  'preferences:setUserName': {
    input: z.object({ name: z.string().trim().min(1, 'the name must not be empty').max(120) }).strict(),
    result: returns<AppInfo>(),
  },
  'workspace:summary': { input: noInput, result: returns<WorkspaceSummary>() },
  /** Desktop only: File > New / Open with the system dialog. Resolves false when the user cancels. */
  'workspace:chooseFile': {
    input: z.object({ mode: z.enum(['new', 'open']) }).strict(),
    result: returns<boolean>(),
  },
} as const satisfies DomainSchemas<'app' | 'preferences' | 'workspace'>;
