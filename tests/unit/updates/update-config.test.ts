// The update setting an IT office writes (update.json): off without one, the machine's file before the user's, and a
// clear message for a file that is wrong.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUpdateSetting, updateConfigPlaces } from '../../../electron/core/updates/update-config';
import { tempFolder } from '../support/workspace';

describe('the update setting', () => {
  const folder = tempFolder();
  const machine = join(folder, 'machine', 'update.json');
  const user = join(folder, 'user', 'update.json');
  mkdirSync(join(folder, 'machine'));
  mkdirSync(join(folder, 'user'));

  it('is off when no update.json exists: PlanDesk then contacts no server', () => {
    expect(readUpdateSetting([machine, user])).toEqual({ kind: 'off' });
  });

  it("reads the user's file, adding the folder's slash and checking on start by default", () => {
    writeFileSync(user, JSON.stringify({ url: 'https://updates.pmu.gov.bt/plandesk' }));
    expect(readUpdateSetting([machine, user])).toEqual({
      kind: 'on',
      config: { url: 'https://updates.pmu.gov.bt/plandesk/', checkOnStart: true, source: user },
    });
  });

  it("prefers the machine's file, which only administrators can write", () => {
    writeFileSync(machine, JSON.stringify({ url: 'https://it.gov.bt/plandesk/', checkOnStart: false }));
    expect(readUpdateSetting([machine, user])).toMatchObject({ kind: 'on', config: { url: 'https://it.gov.bt/plandesk/', checkOnStart: false, source: machine } });
  });

  it.each([
    ['{ "url": ', 'is not valid JSON'],
    [JSON.stringify({ url: 'http://updates.pmu.gov.bt/' }), '"url": not an https:// address (http:// only for localhost)'],
    [JSON.stringify({ url: 'not a url' }), '"url": not an https:// address'],
    [JSON.stringify({ url: 'https://x.gov.bt/', adress: 'https://x.gov.bt/' }), 'the file: Unrecognized key: "adress"'],
    [JSON.stringify({ adress: 'https://x.gov.bt/' }), '"url": Invalid input: expected string, received undefined'],
    [JSON.stringify({ url: 'https://x.gov.bt/', checkOnStart: 'yes' }), '"checkOnStart": Invalid input: expected boolean'],
    [JSON.stringify(['https://x.gov.bt/']), 'the file: Invalid input: expected object'],
  ])('says what is wrong with %s', (text, problem) => {
    writeFileSync(machine, text);
    const setting = readUpdateSetting([machine, user]);
    expect(setting.kind).toBe('invalid');
    if (setting.kind !== 'invalid') return;
    expect(setting.source).toBe(machine);
    expect(setting.problem).toContain(machine);
    expect(setting.problem).toContain(problem);
  });

  it('accepts http only on this computer, for testing an update server', () => {
    writeFileSync(machine, JSON.stringify({ url: 'http://localhost:8080/plandesk/' }));
    expect(readUpdateSetting([machine])).toMatchObject({ kind: 'on' });
  });

  it.each([
    ['win32', { ProgramData: 'D:\\ProgramData' }, ['D:\\ProgramData/PlanDesk/update.json', '/u/update.json']],
    ['darwin', {}, ['/Library/Application Support/PlanDesk/update.json', '/u/update.json']],
    ['linux', {}, ['/etc/plandesk/update.json', '/u/update.json']],
  ] as const)('looks on %s in the machine-wide folder, then the user data folder', (platform, env, places) => {
    expect(updateConfigPlaces(platform, env, '/u').map((place) => place.replace(/\\(?=update|PlanDesk)/g, '/'))).toEqual(places);
  });
});
