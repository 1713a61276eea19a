// Packages (.pmupack) the system gives the app: a double-click in the file manager starts PlanDesk with the file on
// its command line (Windows, Linux), a second launch while PlanDesk runs passes its command line to the running one
// (second-instance), and macOS sends open-file. Each file waits here until the page asks for a package: the page's
// usual Open package… call (packages:open) then gets this file instead of the open dialog, so the system's file
// takes the same path as one the person picks. Free of the electron import, so that Vitest tests it directly.
import { isAbsolute, resolve } from 'node:path';

export const PACKAGE_EXTENSION = 'pmupack';

/** How long a file waits for the page: a package not asked for by then must not answer a later Open package…. */
const WAIT_MS = 60_000;

/** The .pmupack files named on a command line, made absolute against the folder it was started in. */
export function packagesOnCommandLine(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(`.${PACKAGE_EXTENSION}`))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));
}

export class SystemFiles {
  private waiting: { readonly path: string; readonly at: number } | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  /** The system gave a package; the newest one wins (the page reviews one at a time). */
  give(path: string): void {
    this.waiting = { path, at: this.now() };
  }

  get hasWaiting(): boolean {
    return this.waiting !== null && this.now() - this.waiting.at <= WAIT_MS;
  }

  /** The waiting package, when the dialog asked for is one for packages; it is then taken. */
  takeFor(filters: readonly { readonly extensions: readonly string[] }[]): string | null {
    if (!this.hasWaiting || !filters.some((filter) => filter.extensions.includes(PACKAGE_EXTENSION))) return null;
    const path = this.waiting!.path;
    this.waiting = null;
    return path;
  }
}
