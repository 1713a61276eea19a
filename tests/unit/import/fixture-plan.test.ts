// The real sample plan imports to its true structure. The expected tree below was written by hand from
// tests/fixtures/egov-monitoring-plan.tsv, reading it cell by cell (row numbers are the file's lines).
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpreadsheet } from '../../../electron/core/import';
import { importSamplePlan } from '../../../electron/core/import/sample-plan';
import { exportPlanFile } from '../../../electron/core/planfile/export-plan-file';
import type { PlanFile } from '../../../electron/core/planfile/format';
import { FIXTURES, openTempWorkspace, tempFolder, testContext } from '../support/workspace';

const folder = tempFolder();
const SAMPLE = join(FIXTURES, 'egov-monitoring-plan.tsv');

type Status = 'not_started' | 'ongoing' | 'completed' | 'on_hold' | 'dropped' | null;
interface A { code: string; title: string; start: string | null; end: string | null; open?: boolean; revisedEnd?: string; lead: string[]; status: Status }
const a = (code: string, title: string, start: string | null, end: string | null, lead: string[], status: Status, more: Partial<A> = {}): A => ({ code, title, start, end, lead, status, ...more });
const OPEN = { open: true };
const ALL_GOV = 'all government agencies';

const EXPECTED: { code: string; title: string; statements: { code: string; text: string; actions: A[] }[] }[] = [
  {
    code: '5.1',
    title: 'Digital by Default',
    statements: [
      {
        code: '5.1.1',
        text: 'RGoB shall go digital by default while reforming or introducing new government services.',
        actions: [
          a('5.1.1.1', 'Ensure reliable connectivity at all times', '2018-01', '2020-12', ['bicma', 'moic'], 'ongoing'),
          a('5.1.1.2', 'Expand Government network coverage', '2017-07', '2022-07', ['ditt', 'moic'], 'ongoing'),
          a('5.1.1.3', 'Issue executive order for going digital by default', '2018-01', '2020-12', ['ditt', 'moic'], 'not_started'),
          a('5.1.1.4', 'Disseminate and implement executive order for going digital by Default', '2018-07', '2020-12', ['ditt', 'moic'], 'not_started'),
          a('5.1.1.5', 'Make existing and new public services online', '2018-01', '2022-07', [ALL_GOV], 'ongoing'),
          a('5.1.1.6', 'Create awareness of the online public services to the service beneficiaries', '2019-07', '2022-07', [ALL_GOV], 'ongoing'),
          a('5.1.1.7', 'Make online services accessible to all including PWDs', '2018-01', '2025-07', [ALL_GOV], 'ongoing'),
          a('5.1.1.8', 'Develop and implement SDGs for all services', '2018-01', '2022-07', [ALL_GOV], 'ongoing'),
          a('5.1.1.9', 'Develop and implement Business Continuity framework', '2020-01', '2024-07', ['moic', 'cabinet secretariat'], 'not_started'),
          // "MoIC, Cabinet Secret": the truncated name links to Cabinet Secretariat; the end is the bare year 2022.
          a('5.1.1.10', 'Institutionalize a procedure for endorsement of new services', '2018-01', '2022-12', ['moic', 'cabinet secretariat'], 'not_started'),
        ],
      },
      {
        code: '5.1.2',
        text: 'Ministries/Agencies shall work towards complying to standards and best practices set by the National Enterprise Architecture and DITT shall explore emerging technologies for use in the government.',
        actions: [
          a('5.1.2.1', 'Institutionalize a team to recommend emerging information technologies and best practices', '2018-01', '2021-12', ['moic'], 'ongoing'),
          // The status column holds a sentence: no status.
          a('5.1.2.2', 'Institute a high level committee to review and ensure adoption of recommended emerging information technologies and best practices', '2018-01', '2021-12', ['moic'], null),
          a('5.1.2.3', 'Create awareness of emerging information technologies and best practices', '2020-01', null, ['moic'], 'ongoing', OPEN),
          a('5.1.2.4', 'Implementation of National Enterprise Architecture (NEA)', '2018-06', '2025-12', ['moic'], 'ongoing'),
        ],
      },
    ],
  },
  {
    // Row 21 slid one column right; rows 22-27 hold their action in the chapter column; row 28 slid one column left.
    code: '5.2',
    title: 'Shared ICT Assets',
    statements: [
      {
        code: '5.2.1',
        text: 'Relevant RGoB agencies shall ensure reuse and sharing of existing common services, ICT infrastructure and data/information, for all ICT initiatives, including compliance of ICT standards.',
        actions: [
          a('5.2.1.1', 'List all services, ICT assets in respective Agencies', '2018-07', '2020-12', ['moic', ALL_GOV], 'ongoing'),
          a('5.2.1.2', 'Identify minimum set of common services, infrastructure and data across RGoB.', '2018-07', '2020-12', ['moic'], 'not_started'),
          a('5.2.1.3', 'Classify data for sharing and reuse as per the guidelines and procedures for data sharing', '2021-01', '2023-01', ['relevant government agencies'], 'not_started'),
          a('5.2.1.4', 'Develop and implement common platforms for data exchange', '2019-01', '2020-01', ['moic'], 'completed'),
          a('5.2.1.5', 'Develop guidelines and procedure for sharing and reuse of ICT asset', '2017-07', '2021-12', ['moic'], 'not_started'),
          a('5.2.1.6', 'Notify all Government agencies to share or reuse common services/data', '2018-01', '2019-12', ['moic', 'cabinet'], 'not_started'),
          a('5.2.1.7', 'Advocacy of ICT Standards and Guidelines to all government agencies to ensure compliance', '2013-01', null, ['moic'], 'ongoing', OPEN),
          a('5.2.1.7', 'Provision computational capacity, network and storage space to government agencies', '2017-12', null, ['gdc'], 'ongoing', OPEN),
        ],
      },
      {
        // A statement 5.2.3 holding actions 5.2.2.x: kept as written.
        code: '5.2.3',
        text: 'The relevant committee/s of e-Gov Governance structure or Multisectoral Committee shall endorse all ICT initiatives before allocation of funds to ensure reuse and sharing',
        actions: [
          a('5.2.2.1', 'Operationalise e-Gov Governance structure', '2018-01', '2018-12', ['moic'], null),
          a('5.2.2.2', 'All ICT projects to be endorsed by the e-Gov governance structure', '2018-01', null, ['moic', 'gnh', 'mof', 'rsc'], 'ongoing', OPEN),
          a('5.2.2.3', 'Enforcement of EGIF framework for all approved ICT projects', '2018-01', null, ['moic'], 'completed', OPEN),
        ],
      },
    ],
  },
  {
    code: '5.3',
    title: 'Single Source of Truth',
    statements: [
      {
        code: '5.3.1',
        text: 'MoIC shall identify and recommend a single agency as the owner for a specific data to the Cabinet for approval. The identified agency shall be the only agency responsible for collection, updation, and validation of that data.',
        actions: [
          // Three dates: the third is the revised end.
          a('5.3.1.1', 'Develop guideline/framework for Single Source of Truth', '2019-01', '2020-06', ['moic'], 'not_started', { revisedEnd: '2023-01' }),
          a('5.3.1.2', 'Issue executive order for identifying data owners', '2019-06', '2020-01', ['moic', 'cabinet secretariat'], 'not_started', { revisedEnd: '2021-06' }),
          a('5.3.1.3', 'Identify agencies as data owner', '2023-01', '2025-12', ['moic'], 'not_started'),
          a('5.3.1.4', 'Sensitise policy makers/development planners at the centre and LG levels on the SST policy and guidelines', '2020-01', '2020-12', ['moic'], 'not_started'),
        ],
      },
      {
        code: '5.3.2',
        text: 'The identified agency shall ensure the quality of data and share it with other agencies.',
        actions: [
          a('5.3.2.1', 'Implement data sharing platform', '2019-01', '2025-07', ['moic'], 'completed'),
          a('5.3.2.2', 'Perform data cleaning and updation as per the Single Source of Truth Guideline', '2020-01', '2022-12', ['all data owners'], 'not_started'),
        ],
      },
    ],
  },
  {
    code: '5.4',
    title: 'Information Security and Privacy',
    statements: [
      {
        code: '5.4.1',
        text: 'Agencies concerned, and/or any other agencies designated by the concerned agency, shall be responsible for safeguarding the security of data, privacy of the users, and the confidentiality of information. The agencies concerned shall classify data based on its confidentiality to facilitate secure access of permissible data by other agencies.',
        actions: [
          a('5.4.1.1 (a)', 'Develop National Cybersecurity Strategy (NCS)', '2020-01', '2021-12', ['bcirt'], 'ongoing'),
          a('5.4.1.1 (b)', 'Implement NCS', '2021-01', '2025-12', ['the agencies identified as the component/domain lead in ncs'], 'ongoing'),
          a('5.4.1.2', 'Develop and implement reporting framework for breach of information privacy and confidentiality status', '2019-01', '2020-12', ['moic'], 'not_started'),
          a('5.4.1.3', 'Develop and implement data backup and recovery framework', '2017-01', '2020-12', ['gdc'], 'ongoing'),
          a('5.4.1.4', 'Classify data/info to ensure data confidentiality', '2018-07', '2025-07', ['respective agencies'], 'not_started'),
        ],
      },
      {
        // Row 44 slid one column right; row 45 holds its action in the statement column; so does row 46.
        code: '5.4.2',
        text: 'Agencies shall be responsible for data management and data destruction, including handing taking/transfer of official correspondence, of senior officials.',
        actions: [
          a('5.4.2.1', 'Develop and implement Data management and Destruction protocol covering all aspects of Data Lifecycle', '2018-07', '2021-07', ['respective agencies'], 'not_started'),
          a('5.4.2.3', 'Institutionalise a procedure for handing over official emails and documents during handing and taking of senior officials.', '2018-07', '2020-07', ['rsc', 'moic'], 'not_started'),
          a('5.4.3.1', 'Develop Data Retention Policy/Framework', null, null, [], 'not_started'),
        ],
      },
      {
        // Its row also holds the empty placeholder action 5.4.3.2, which is not imported.
        code: '5.4.4',
        text: 'MoIC(BCIRT) shall coordinate incident handling related to cyber security. It shall also develop guidelines concerning protection of privacy and confidentiality of data, disseminate information on cyber security threats received from both regional and international bodies. In the event of security threats found by agencies, the concern agency shall alert and properly report it to BCIRT.',
        actions: [
          a('5.4.4.1', 'MoIC shall revamp IMSP for RGoB highlighting individual roles and responsibilities', '2017-01', '2020-12', ['bcirt'], 'not_started'),
          a('5.4.4.2', 'Implement the security guideline (for protection of privacy and confidentiality of data) in RGoB', '2021-01', '2025-12', ['bcirt'], 'not_started'),
          a('5.4.4.3', 'Develop and implement reporting framework for Cybersecurity incidents in the country', null, null, ['bcirt'], 'ongoing'),
        ],
      },
    ],
  },
  {
    // 5.4.x codes under chapter 5.5: kept as written.
    code: '5.5',
    title: 'Need driven Initiative',
    statements: [
      {
        code: '5.4.1',
        text: 'All ICT asset procurement and updation in RGoB shall be driven by actual requirements/needs of the agencies and must be led by domain experts.',
        actions: [
          a('5.4.1.1', 'Develop SOP/Guidelines for ICT initiatives in agencies', '2018-07', '2022-12', ['moic'], 'ongoing'),
          a('5.4.1.2', 'Implement the guideline/SOP', '2019-07', '2024-07', [ALL_GOV], 'not_started'),
        ],
      },
      {
        // The statement's text continues on row 55 without a code.
        code: '5.4.2',
        text: 'RGoB shall regularly develop national technical capabilities considering the needs of national development plans, market demands and potential of emerging technologies',
        actions: [
          a('5.4.2.1', 'ICT capability building for ICT professional from government, private sector and college faculties', '2020-01', '2023-12', ['ditt'], 'not_started'),
          a('5.4.2.2', 'Enhance skills of IT graduates', '2020-01', '2022-12', ['ditt'], 'not_started'),
        ],
      },
    ],
  },
  {
    code: '5.6',
    title: 'Sustainability',
    statements: [
      {
        code: '5.6.1',
        text: 'Agencies concerned shall undertake sustainability planning at the inception of any ICT initiative.',
        actions: [
          a('5.6.1.1', 'Develop Sustainability Planning Framework including Total Cost of Ownership (TCO) and Sustainability Models such as PPP Model', '2018-06', '2019-06', ['moic'], 'not_started'),
          a('5.6.1.2', 'Create awareness of the framework', '2019-01', '2019-12', ['moic'], 'not_started'),
          a('5.6.1.3', 'Implement the framework through e-Gov Project Management Unit (e-Gov PMU) and e-Gov Governance Committee', '2020-01', '2020-12', [ALL_GOV], 'not_started'),
        ],
      },
      {
        // Actions numbered like statements (5.6.1 … 5.6.4); row 62 slid one column right from its timeline on.
        code: '5.6.2',
        text: 'MoIC shall be responsible for increasing national digital literacy to ensure that citizens benefit from the eGovernance initiatives.',
        actions: [
          a('5.6.1', 'Provide digital literacy training to non-ICT professional(civil servant and general public)', '2019-01', '2023-12', ['ditt', 'moic'], 'ongoing'),
          a('5.6.2', 'Develop digital content (for critical services) and air in media channels', '2020-01', '2021-12', ['ditt'], 'ongoing'),
          a('5.6.3', 'Inclusion of digital literacy component as part of school ICT curriculum', '2020-01', '2021-12', ['ditt'], 'ongoing'),
          a('5.6.4', 'Awareness program in dzongkhag, gewogs and Dungkhag targeting sector heads and communities.', '2020-01', '2023-12', ['ditt'], 'not_started'),
        ],
      },
    ],
  },
];

function treeOf(file: PlanFile) {
  const label = new Map(file.agencies.map((g) => [g.id, (g.acronym ?? g.name).toLowerCase()]));
  return file.plans[0]!.chapters.map((c) => ({
    code: c.code,
    title: c.title,
    statements: c.statements.map((s) => ({
      code: s.code,
      text: s.text,
      actions: s.actions.map((x) => {
        const row: A = { code: x.code, title: x.title, start: x.start, end: x.end, lead: x.lead.agencies.map((ref) => label.get(ref) ?? ref.toLowerCase()), status: x.status };
        if (x.endOpen) row.open = true;
        if (x.revisedEnd) row.revisedEnd = x.revisedEnd;
        return row;
      }),
    })),
  }));
}

describe('the sample e-Gov monitoring plan', async () => {
  const connection = await openTempWorkspace(folder, 'sample.sqlite');
  const { planId, report, counts } = await importSpreadsheet(connection.db, testContext({ source: 'import' }), SAMPLE);
  const exported = await exportPlanFile(connection.db, [planId]);
  const action = (code: string, n = 0) =>
    exported.plans[0]!.chapters.flatMap((c) => c.statements.flatMap((s) => s.actions)).filter((x) => x.code === code)[n]!;

  it('imports every chapter, statement and action with its code, title, timeline, lead agencies and status', () => {
    expect(treeOf(exported)).toEqual(EXPECTED);
    expect(exported.plans[0]!.title).toBe('e-Governance policy Implementation and Monitoring plan');
    expect(counts).toMatchObject({ chapters: 6, statements: 13, actions: 53 });
  });

  it('keeps wording next to normalised values: status, fund, collaborators, indicators, remarks', () => {
    const first = action('5.1.1.1');
    expect(first).toMatchObject({
      statusText: 'O&M ongoing',
      fund: { status: 'partially_committed', note: 'O&M funds committed. Fiber Monitoring System (FMS) funds not committed' },
      lead: { text: 'BICMA/MoIC' },
      collaborators: { text: 'ISPs, BPC' },
      indicators: [{ name: '% of uptime', kind: 'percent', baseline: { text: '95%', value: 95 }, target: { text: '98%', value: 98 } }],
    });
    expect(first.remarks).toMatch(/^FMS implemented as of Dec 2019/);
    expect(action('5.1.2.2').statusText).toBe('eGov Governance Structure is in place already.');
    expect(action('5.4.1.1 (b)')).toMatchObject({ status: 'ongoing', statusText: 'Ongoing (The implementation will be carried out by DDFP and NCS implementation)', fund: { status: 'partially_committed' } });
    expect(action('5.1.1.3').indicators[0]).toMatchObject({ name: 'Executive order issued', kind: 'yes_no', baseline: { text: '0', value: 0 }, target: { text: '1', value: 1 } });
    expect(action('5.1.1.10').indicators[0]).toMatchObject({ kind: 'yes_no', baseline: { text: 'NO', value: 0 }, target: { text: 'YES', value: 1 } });
    expect(action('5.1.1.8').indicators[0]).toMatchObject({ kind: 'percent', baseline: { text: '57/125' } });
    expect(action('5.1.1.5').indicators[0]).toMatchObject({ kind: 'text', target: { text: 'All services', value: null } });
    expect(action('5.1.1.6').indicators[0]).toMatchObject({ baseline: { text: 'NA', value: null } });
    expect(action('5.6.1.1').indicators[0]).toMatchObject({ kind: 'date', target: { text: 'December 2018' } });
    expect(action('5.2.1.7', 1)).toMatchObject({
      lead: { text: 'GDC-DITT-MoIC' },
      indicators: [{ name: 'No. of platforms (Virtual Machines Servers) provisioned', baseline: { text: '40 VMS' }, target: { text: 'As required by the Government Agencies' } }],
    });
    expect(action('5.2.1.1').indicators[0]).toMatchObject({ name: 'Timeline by when the inventory is created', kind: 'yes_no' });
    expect(action('5.6.4')).toMatchObject({ fund: { status: 'committed' }, collaborators: { text: 'Dzongkhag/Thromde' } });
    expect(action('5.3.1.1').timelineText).toBe('January 2019 – June 2020 – January 2023');
  });

  it('fills the registry from the stakeholder list, keeps DOI as two agencies, and adds the others unconfirmed', async () => {
    const agencies = await connection.db.selectFrom('agencies').selectAll().execute();
    const doi = agencies.filter((g) => g.acronym === 'DOI').map((g) => g.name).sort();
    expect(doi).toEqual(['Department of Immigration', 'Department of Industries']);
    const moic = agencies.find((g) => g.acronym === 'MoIC')!;
    expect(moic).toMatchObject({ name: 'Ministry of Information and Communication', confirmed: 1 });
    expect(agencies.filter((g) => g.acronym?.toLowerCase() === 'moic')).toHaveLength(1);
    const byAcronym = (acronym: string) => agencies.find((g) => g.acronym === acronym)!;
    expect(byAcronym('BCIRT')).toMatchObject({ confirmed: 0, origin: 'import', kind: 'agency', parent_id: byAcronym('DITT').id });
    expect(byAcronym('DITT').parent_id).toBe(moic.id);
    expect(byAcronym('GDC').parent_id).toBe(byAcronym('DITT').id);
    const groups = agencies.filter((g) => g.kind === 'group').map((g) => g.name.toLowerCase());
    expect(groups).toEqual(expect.arrayContaining([ALL_GOV, 'respective agencies', 'all agencies', 'isps']));
    expect(agencies.filter((g) => g.name.toLowerCase() === ALL_GOV)).toHaveLength(1);
    expect(counts.listedAgencies).toBe(59);
  });

  it('reports the repairs and doubts with their rows', () => {
    const at = (row: number) => report.entries.filter((e) => e.row === row).map((e) => `${e.severity}: ${e.message}`);
    expect(at(21)).toContain('repair: cells shifted one column right, realigned');
    expect(at(28)).toContain('repair: cells shifted one column left, realigned');
    expect(at(44)).toContain('repair: cells shifted one column right, realigned');
    expect(at(22).join('\n')).toMatch(/stood in the Chapter column; read as the Action/);
    expect(at(45).join('\n')).toMatch(/stood in the Policy statement column; read as the Action/);
    expect(at(33)).toContain('repair: three dates where two are expected; stored Jan 2019 – Jun 2020, "January 2023" kept as revised end');
    expect(at(62).join('\n')).toMatch(/shifted one column right, realigned/);
    expect(at(6).join('\n')).toMatch(/HTML markup removed/);
    expect(at(20).join('\n')).toMatch(/trailing dot; stored as 5\.1\.2\.4/);
    expect(at(18).join('\n')).toMatch(/doubt: the status cell holds a sentence/);
    expect(at(28).join('\n')).toMatch(/code 5\.2\.1\.7 is used again \(first on row 27\)/);
    expect(at(30).join('\n')).toMatch(/action 5\.2\.2\.1 stands under statement 5\.2\.3/);
    expect(at(51).join('\n')).toMatch(/statement 5\.4\.1 stands under chapter 5\.5/);
    expect(at(47).join('\n')).toMatch(/action 5\.4\.3\.2 has no title.*not imported/);
    expect(at(55).join('\n')).toMatch(/continues on this row without a code; joined/);
    expect(at(59).join('\n')).toMatch(/numbered like a policy statement/);
    expect(at(16).join('\n')).toMatch(/"Cabinet Secret" read as Cabinet Secretariat/);
    expect(at(31).join('\n')).toMatch(/"GNH" is not in the registry/);
    expect(report.columnMapping.map((c) => c.field)).toEqual(['chapter', 'statement', 'action', 'indicator', 'baseline', 'target', 'start', 'end', 'lead', 'collaborators', 'fund', 'status', 'remarks']);
    expect(report.unmappedColumns).toEqual([]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('records the import in the history, with the source file', async () => {
    const created = await connection.db.selectFrom('change_history').selectAll().where('plan_id', '=', planId).where('entity', '=', 'action').execute();
    expect(created).toHaveLength(53);
    expect(created[0]).toMatchObject({ field: 'created', source: 'import', source_file: basename(SAMPLE) });
  });

  it('opens as the bundled sample through importSamplePlan', async () => {
    const other = await openTempWorkspace(folder, 'bundled.sqlite');
    const id = await importSamplePlan(other.db, testContext({ source: 'import' }), join(import.meta.dirname, '..', '..', '..', 'resources', 'sample-plan.tsv'));
    const bundled = await exportPlanFile(other.db, [id]);
    expect(treeOf(bundled)).toEqual(EXPECTED);
    await other.close();
  });

  it('import → export to JSON → import again gives the same plan', async () => {
    const { importPlanFile, parsePlanFile } = await import('../../../electron/core/planfile/import-plan-file');
    const second = await openTempWorkspace(folder, 'again.sqlite');
    await importPlanFile(second.db, testContext({ source: 'import' }), parsePlanFile(JSON.stringify(exported), 'exported.json'));
    const again = await exportPlanFile(second.db);
    expect(again).toEqual(exported);
    await second.close();
  });
});
