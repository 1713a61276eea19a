// Test workspaces: a small but realistic plan (two chapters of an e-Governance policy, statuses of every kind,
// overdue and open-ended actions), written into a fresh SQLite file through the same code that imports plan files.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../electron/core/db/connection';
import { planFile, PLAN_FILE_FORMAT, type PlanFile } from '../../../electron/core/planfile/format';
import { writePlanFile } from '../../../electron/core/planfile/write-plan-file';

export const SAMPLE_PLAN_TITLE = 'e-Governance Policy Implementation and Monitoring Plan';

/** The plan as an analyst would type it in; planFile.parse fills in the optional fields. */
export function samplePlanFile(): PlanFile {
  return planFile.parse({
    format: PLAN_FILE_FORMAT,
    agencies: [
      { acronym: 'MoIC', name: 'Ministry of Information and Communications' },
      { acronym: 'DITT', name: 'Department of Information Technology and Telecom', parent: 'MoIC' },
      { acronym: 'GovTech', name: 'GovTech Agency' },
      { acronym: 'RCSC', name: 'Royal Civil Service Commission' },
      { acronym: 'MoF', name: 'Ministry of Finance' },
    ],
    plans: [
      {
        title: SAMPLE_PLAN_TITLE,
        description: 'Actions, indicators and timelines agreed for the e-Governance policy, reviewed by the steering committee.',
        chapters: [
          {
            code: '5.1',
            title: 'Digital by Default',
            statements: [
              {
                code: '5.1.1',
                text: 'RGoB shall go digital by default while reforming or introducing new government services.',
                actions: [
                  {
                    code: '5.1.1.1',
                    title: 'Ensure reliable connectivity at all times',
                    start: '2019-01',
                    end: '2020-12',
                    lead: { text: 'DITT-MoIC', agencies: ['DITT'] },
                    collaborators: { text: 'All Government Agencies', agencies: [] },
                    fund: { status: 'partially_committed', note: 'O&M funds committed. Expansion funds not committed.' },
                    status: 'ongoing',
                    statusText: 'Ongoing',
                    remarks:
                      'Government Network (TWAN) connects 95% of offices.\n• Redundant links to the 20 dzongkhags installed.\n• Remaining gewogs planned for the next fiscal year.',
                    indicators: [
                      { name: 'Government offices connected to TWAN', kind: 'percent', baseline: { text: '95%', value: 95 }, target: { text: '98%', value: 98 } },
                      { name: 'Network availability', kind: 'percent', baseline: { text: 'NA' }, target: { text: 'above 99%' } },
                    ],
                  },
                  {
                    code: '5.1.1.2',
                    title: 'Develop and adopt digital service standards',
                    start: '2019-07',
                    end: '2020-06',
                    lead: { text: 'GovTech', agencies: ['GovTech'] },
                    fund: { status: 'no_budget_required' },
                    status: 'completed',
                    statusText: 'Completed',
                    remarks: 'Standards endorsed by the e-Governance committee in June 2020.',
                    indicators: [{ name: 'Digital service standards adopted', kind: 'yes_no', baseline: { text: 'NO', value: 0 }, target: { text: 'YES', value: 1 } }],
                  },
                  {
                    code: '5.1.1.3',
                    title: 'Make every new citizen service available online',
                    start: '2024-01',
                    endOpen: true,
                    timelineText: 'January 2024 – Continue',
                    lead: { text: 'All Government Agencies' },
                    status: 'not_started',
                    statusText: 'Not Started',
                  },
                ],
              },
              {
                code: '5.1.2',
                text: 'Government agencies shall reuse the data government already holds rather than ask citizens again.',
                actions: [
                  {
                    code: '5.1.2.1',
                    title: 'Establish the national data exchange platform',
                    start: '2023-01',
                    end: '2099-12',
                    lead: { text: 'GovTech', agencies: ['GovTech'] },
                    collaborators: { text: 'MoF, RCSC', agencies: ['MoF', 'RCSC'] },
                    fund: { status: 'committed' },
                    status: 'ongoing',
                    statusText: 'Ongoing (pilot with three agencies)',
                    indicators: [{ name: 'Agencies connected to the data exchange', kind: 'ratio', baseline: { text: '3/57' }, target: { text: '57/57' } }],
                  },
                ],
              },
            ],
          },
          {
            code: '5.2',
            title: 'Shared ICT Assets',
            statements: [
              {
                code: '5.2.1',
                text: 'Government agencies shall use shared ICT infrastructure and services.',
                actions: [
                  {
                    code: '5.2.1.1',
                    title: 'Consolidate agency servers into the Government Data Centre',
                    start: '2018-07',
                    end: '2021-06',
                    lead: { text: 'DITT', agencies: ['DITT'] },
                    fund: { status: 'committed' },
                    status: 'completed',
                    statusText: 'Completed',
                  },
                  {
                    code: '5.2.1.2',
                    title: 'Migrate agency systems to the government cloud',
                    start: '2022-01',
                    end: '2099-06',
                    lead: { text: 'Respective Agencies' },
                    status: null,
                    statusText: 'Awaiting the cloud policy approval',
                  },
                  {
                    code: '5.2.1.3',
                    title: 'Publish a catalogue of shared ICT assets',
                    start: '2020-07',
                    end: '2021-06',
                    lead: { text: 'MoIC', agencies: ['MoIC'] },
                    status: 'not_started',
                    statusText: 'Not started',
                  },
                ],
              },
              {
                code: '5.2.2',
                text: 'ICT human resources shall be shared across government.',
                actions: [
                  {
                    code: '5.2.2.1',
                    title: 'Create a common pool of ICT professionals',
                    start: '2021-01',
                    end: '2099-12',
                    startPrecision: 'year',
                    lead: { text: 'RCSC', agencies: ['RCSC'] },
                    status: 'ongoing',
                    statusText: 'Ongoing',
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `plandesk-${prefix}-`));
}

/** A migrated workspace file holding `file` (or nothing). */
export async function prepareWorkspace(path: string, file?: PlanFile): Promise<void> {
  const connection = await openDatabase(path);
  try {
    if (file) {
      await connection.db.transaction().execute((tx) =>
        writePlanFile(tx, file, { user: 'Sonam Choden', source: 'import', at: '2026-11-02T09:30:00.000Z', sourceFile: 'monitoring-plan.plandesk.json' }),
      );
    }
  } finally {
    await connection.close();
  }
}
