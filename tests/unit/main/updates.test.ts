// Updates against a real update server on this computer (HTTP on 127.0.0.1) with the real electron-updater
// (its AppImage updater, as on Linux), under the recording stand-in of Electron: what the person is told when updates
// are off, when the setting is wrong, when the server answers garbage or nothing, when there is an update this copy
// can or cannot install, and when there is none.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AppImageUpdater } from 'electron-updater';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LogFile } from '../../../electron/core/log/log-file';
import type { UpdateSetting } from '../../../electron/core/updates/update-config';
import { installProblem, Updates } from '../../../electron/main/updates';
import { answers, app, recorded, resetElectron } from './electron-stand-in';
import { tempFolder } from '../support/workspace';

const installer = Buffer.from('the PlanDesk 0.2.0 AppImage');
const LATEST = `version: 0.2.0
files:
  - url: PlanDesk-0.2.0-linux-x86_64.AppImage
    sha512: ${createHash('sha512').update(installer).digest('base64')}
    size: ${installer.length}
path: PlanDesk-0.2.0-linux-x86_64.AppImage
sha512: ${createHash('sha512').update(installer).digest('base64')}
releaseDate: '2026-12-01T10:00:00.000Z'
`;

describe('updates', () => {
  const folder = tempFolder();
  const log = new LogFile({ folder: join(folder, 'logs') });
  let server: Server;
  let base: string;
  /** What the server answers for latest-linux.yml (null: 404). */
  let latest: string | null = LATEST;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path === '/plandesk/latest-linux.yml' && latest !== null) response.end(latest);
      else if (path === '/plandesk/PlanDesk-0.2.0-linux-x86_64.AppImage') response.end(installer);
      else response.writeHead(404).end('Not Found');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/plandesk/`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  beforeEach(() => {
    resetElectron();
    app.becomeReady();
    app.isPackaged = true;
    latest = LATEST;
  });

  const on = (url = base): UpdateSetting => ({ kind: 'on', config: { url, checkOnStart: true, source: '/etc/plandesk/update.json' } });
  const appImage = join(folder, 'PlanDesk.AppImage');
  writeFileSync(appImage, 'the installed AppImage');
  function updates(setting: UpdateSetting, env: NodeJS.ProcessEnv = { APPIMAGE: appImage }) {
    const previous = process.env['APPIMAGE'];
    // electron-updater's AppImage updater works only in an AppImage: it reads APPIMAGE itself.
    process.env['APPIMAGE'] = appImage;
    const service = new Updates({
      setting,
      places: ['/etc/plandesk/update.json', '/home/pema/.config/PlanDesk/update.json'],
      currentVersion: '0.1.0',
      log,
      window: () => null,
      updater: () => new AppImageUpdater(),
      platform: 'linux',
      env,
      execPath: '/opt/PlanDesk/plandesk',
    });
    return { service, restore: () => (previous === undefined ? delete process.env['APPIMAGE'] : (process.env['APPIMAGE'] = previous)) };
  }

  async function checkFromMenu(setting: UpdateSetting, env?: NodeJS.ProcessEnv) {
    const { service, restore } = updates(setting, env);
    try {
      await service.checkFromMenu();
    } finally {
      restore();
    }
    return recorded.messageBoxes;
  }

  it('says where update.json goes when updates are not set up, and contacts nothing', async () => {
    const boxes = await checkFromMenu({ kind: 'off' });
    expect(boxes).toEqual([
      expect.objectContaining({
        message: 'Updates are not set up on this computer',
        detail: expect.stringContaining('  /etc/plandesk/update.json\n  /home/pema/.config/PlanDesk/update.json'),
      }),
    ]);
  });

  it('checks nothing on start without update.json, or with checkOnStart false', async () => {
    for (const setting of [{ kind: 'off' } as const, { kind: 'on', config: { url: base, checkOnStart: false, source: 'x' } } as const]) {
      const { service, restore } = updates(setting);
      await service.checkOnStart();
      restore();
    }
    expect(recorded.messageBoxes).toEqual([]);
  });

  it('says what is wrong with the setting', async () => {
    const boxes = await checkFromMenu({ kind: 'invalid', source: '/etc/plandesk/update.json', problem: '/etc/plandesk/update.json: "url": not an https:// address' });
    expect(boxes[0]).toMatchObject({ message: 'The update setting cannot be used', detail: expect.stringContaining('"url": not an https:// address') });
  });

  it.each([
    ['an HTML page', '<html><body>Please log in to the proxy</body></html>'],
    ['broken YAML', 'version: [0.2.0\n  files: {'],
    ['YAML without files', 'version: 0.2.0\n'],
  ])('gives a clear message when the server answers garbage (%s)', async (_what, garbage) => {
    latest = garbage;
    const boxes = await checkFromMenu(on());
    expect(boxes).toEqual([
      expect.objectContaining({
        message: 'PlanDesk could not update',
        detail: `The update server at ${base} answered with something that is not PlanDesk's update information. Ask your IT office to check the server's latest.yml files.`,
      }),
    ]);
    expect(readFileSync(log.path, 'utf8')).toContain(`ERROR update failed url=${base}`);
  });

  it('says when the server has no update information', async () => {
    latest = null;
    const boxes = await checkFromMenu(on());
    expect(boxes[0]!.detail).toBe(`The update server at ${base} has no update information for PlanDesk (no latest.yml there). Ask your IT office to check the address in update.json.`);
  });

  it('offers to download and restart when this copy can replace itself', async () => {
    answers.messageBox.push(1); // Later
    const boxes = await checkFromMenu(on());
    expect(boxes).toEqual([
      expect.objectContaining({ message: 'PlanDesk 0.2.0 is available (you have 0.1.0)', buttons: ['Download and restart', 'Later'] }),
    ]);
  });

  it('where it cannot (a .deb), says why and offers the installer to download', async () => {
    answers.messageBox.push(0); // Download the installer
    const boxes = await checkFromMenu(on(), {});
    expect(boxes).toEqual([
      expect.objectContaining({
        message: 'PlanDesk 0.2.0 is available (you have 0.1.0)',
        detail: `This copy cannot update itself: PlanDesk was installed from a .deb package, which only an administrator can replace. Download the installer and run it, or ask your IT office to install it:\n${base}PlanDesk-0.2.0-linux-x86_64.AppImage`,
        buttons: ['Download the installer', 'Later'],
      }),
    ]);
    expect(recorded.openedExternal).toEqual([`${base}PlanDesk-0.2.0-linux-x86_64.AppImage`]);
  });

  it('says so when PlanDesk is the newest version', async () => {
    latest = LATEST.replace('version: 0.2.0', 'version: 0.1.0');
    const boxes = await checkFromMenu(on());
    expect(boxes[0]).toMatchObject({ message: 'PlanDesk 0.1.0 is the newest version', detail: `Checked at ${base}` });
  });
});

describe('whether this copy can install an update', () => {
  const writable = (paths: string[]) => (path: string) => paths.includes(path);
  it.each([
    ['win32', {}, 'C:\\Users\\pema\\AppData\\Local\\Programs\\PlanDesk\\PlanDesk.exe', ['C:\\Users\\pema\\AppData\\Local\\Programs\\PlanDesk'], null],
    ['win32', {}, 'C:\\Program Files\\PlanDesk\\PlanDesk.exe', [], 'PlanDesk is installed in C:\\Program Files\\PlanDesk, which only an administrator can change'],
    ['linux', { APPIMAGE: '/home/pema/Apps/PlanDesk.AppImage' }, '/tmp/.mount/plandesk', ['/home/pema/Apps/PlanDesk.AppImage', '/home/pema/Apps'], null],
    ['linux', { APPIMAGE: '/opt/PlanDesk.AppImage' }, '/tmp/.mount/plandesk', [], 'you cannot replace the AppImage /opt/PlanDesk.AppImage'],
    ['linux', {}, '/opt/PlanDesk/plandesk', ['/opt/PlanDesk'], 'PlanDesk was installed from a .deb package, which only an administrator can replace'],
    ['darwin', {}, '/Applications/PlanDesk.app/Contents/MacOS/PlanDesk', [], 'PlanDesk is installed in /Applications, which only an administrator can change'],
  ] as const)('%s %j %s', (platform, env, execPath, writablePaths, problem) => {
    expect(installProblem(platform, env, execPath, writable([...writablePaths]))).toBe(problem);
  });
});
