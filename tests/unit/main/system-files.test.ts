// Packages the system gives the app: found on a command line, and given to the page's next package dialog only.
import { describe, expect, it } from 'vitest';
import { packagesOnCommandLine, SystemFiles } from '../../../electron/main/system-files';

const PACKAGES = [{ name: 'PlanDesk package', extensions: ['pmupack'] }];
const WORKBOOKS = [{ name: 'Update workbooks', extensions: ['xlsx'] }];

describe('packages on a command line', () => {
  it.each([
    [['/opt/PlanDesk/plandesk', '--no-sandbox', 'plan.PMUPACK'], '/home/pema/Downloads', ['/home/pema/Downloads/plan.PMUPACK']],
    [['/opt/PlanDesk/plandesk', '/home/pema/plan.pmupack', '/home/pema/notes.xlsx'], '/', ['/home/pema/plan.pmupack']],
    [['electron', '.', '--inspect'], '/', []],
  ])('%j started in %s', (argv, cwd, packages) => {
    expect(packagesOnCommandLine(argv, cwd)).toEqual(packages);
  });
});

describe('a package waiting for the page', () => {
  it('answers the next package dialog once, and no other dialog', () => {
    const files = new SystemFiles(() => 1000);
    files.give('/home/pema/plan.pmupack');
    expect(files.takeFor(WORKBOOKS)).toBeNull();
    expect(files.takeFor(PACKAGES)).toBe('/home/pema/plan.pmupack');
    expect(files.takeFor(PACKAGES)).toBeNull();
  });

  it('keeps the newest when several come', () => {
    const files = new SystemFiles(() => 1000);
    files.give('/a.pmupack');
    files.give('/b.pmupack');
    expect(files.takeFor(PACKAGES)).toBe('/b.pmupack');
  });

  it('no longer answers after a minute: a later Open package… shows the dialog', () => {
    let now = 1000;
    const files = new SystemFiles(() => now);
    files.give('/a.pmupack');
    now += 61_000;
    expect(files.hasWaiting).toBe(false);
    expect(files.takeFor(PACKAGES)).toBeNull();
  });
});
