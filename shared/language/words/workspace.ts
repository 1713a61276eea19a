// The English words of the workspace view (renderer/src/workspace); keys start with "workspace.".
import type { BackupReason } from '../../domain';
import type { Words } from './message';

/** Why a backup was taken, as the restore dialog lists it. */
const BACKUP_REASONS = {
  'workspace.reason.opened': 'Workspace opened',
  'workspace.reason.editing': 'After two hours of editing',
  'workspace.reason.before-import': 'Before an import',
  'workspace.reason.before-merge': 'Before merging returned workbooks',
  'workspace.reason.before-package': 'Before merging a package',
  'workspace.reason.before-restore': 'Before a restore',
} as const satisfies Record<`workspace.reason.${BackupReason}`, string>;

export const WORKSPACE_WORDS = {
  ...BACKUP_REASONS,

  // The first-launch screen: a workspace with no plan yet, and the ways to begin.
  'workspace.noPlanYet': 'This workspace has no plan yet',
  'workspace.lead':
    'Keep your policy’s implementation and monitoring plan here: chapters, policy statements and actions, with their indicators, timelines, agencies and progress.',
  'workspace.sampleTitle': 'Explore the sample plan',
  'workspace.sampleDescription': 'The e-Governance policy implementation and monitoring plan, ready to browse.',
  'workspace.opening': 'Opening…',
  'workspace.openSample': 'Open the sample plan',
  'workspace.ownTitle': 'Start your own plan',
  'workspace.ownDescription': 'Give it a title now; add chapters and actions, or import a spreadsheet, later.',
  'workspace.planTitle': 'Plan title',
  'workspace.planTitleExample': 'e.g. Digital Transformation Plan 2025–2030',
  'workspace.creating': 'Creating…',
  'workspace.createPlan': 'Create plan',
  'workspace.startEmpty': 'Start an empty plan',
  'workspace.importTitle': 'Import your plan',
  'workspace.importDescription': 'From the spreadsheet you keep today (.xlsx, .csv, .tsv) or a PlanDesk plan file. You see a preview before anything is saved.',
  'workspace.importFile': 'Import a file…',
  'workspace.anotherTitle': 'Use another workspace',
  'workspace.anotherDescription': 'Open a PlanDesk workspace file that a colleague shared or you kept elsewhere.',
  'workspace.openAnother': 'Open another workspace file…',
  'workspace.file': 'Workspace file:',

  // File > New Plan….
  'workspace.newPlan': 'New plan',
  'workspace.newPlanHint': 'It opens empty; add chapters and actions, or import a spreadsheet, next.',

  // File > Restore from Backup….
  'workspace.restoreTitle': 'Restore from backup',
  'workspace.restoreHint':
    'PlanDesk backs this workspace up when it opens it, after every two hours of editing, and before an import or a merge. The backup you choose is written into a new workspace file; this one stays as it is.',
  'workspace.restoreInto': 'Restore into a new file…',
  'workspace.restoring': 'Restoring…',
  'workspace.readingBackups': 'Reading the backups…',
  'workspace.noBackup': 'There is no backup of this workspace yet.',
  'workspace.backupsCaption': 'Backups of this workspace, newest first',
  'workspace.taken': 'Taken',
  'workspace.why': 'Why',
  'workspace.plans': 'Plans',
  'workspace.actions': 'Actions',
  'workspace.size': 'Size',
  'workspace.damaged': 'damaged, cannot be restored',
  'workspace.keptIn': (folder: string) => `Kept in ${folder}`,

  // Who makes the changes (the header's name button and its question).
  'workspace.nameTitle': 'The name recorded with your changes. Click to change it.',
  'workspace.namePromptTitle': 'Your name is recorded with every change you make',
  'workspace.setName': 'Set your name',
  'workspace.yourName': 'Your name',
  'workspace.nameHint': 'Recorded with every change you make, so colleagues know who changed what.',
  'workspace.nameExample': 'e.g. Karma Wangchuk',
  'workspace.saveName': 'Save name',
} satisfies Words;
