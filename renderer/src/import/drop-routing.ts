// Where the files dropped on the window go, once the core has said what each one is (by its content): returned
// update workbooks to Receive updates for the open plan, one spreadsheet or plan file to Import, a whole-plan
// package opened for its review in the Exchange view, as Open package… does. When a drop is not all of one kind, every file gets a line saying
// what was done with it.
import type { DroppedFileKind } from '../../../shared/domain';
import { text } from '../language/language';

export interface DropRoute {
  /** Update workbooks to receive for review (their names, in drop order). */
  readonly receive: readonly string[];
  /** The one file to import (its name), or null. */
  readonly importFile: string | null;
  /** A package was dropped and nothing else is done: the one (its name) to open for review in the Exchange view. */
  readonly openPackage: string | null;
  /** One line per dropped file when the user needs to read what happened to each; empty when it is obvious. */
  readonly lines: readonly string[];
}

export function routeDrop(kinds: readonly DroppedFileKind[], planOpen: boolean): DropRoute {
  const receive = planOpen ? kinds.filter((k) => k.kind === 'update-workbook').map((k) => k.fileName) : [];
  const importable = kinds.filter((k) => k.kind === 'spreadsheet');
  // Importing is one file at a time, and never alongside a review: the review is what the user is shown.
  const importFile = receive.length === 0 ? (importable[0]?.fileName ?? null) : null;
  const packages = kinds.filter((k) => k.kind === 'package');
  // One package is reviewed at a time, and never alongside returned workbooks or an import.
  const openPackage = planOpen && receive.length === 0 && importFile === null ? (packages[0]?.fileName ?? null) : null;

  const words = text();
  const lines = kinds.map((k): string => {
    switch (k.kind) {
      case 'update-workbook':
        return planOpen ? words['import.drop.received'](k.fileName) : words['import.drop.notReceived'](k.fileName);
      case 'spreadsheet':
        if (importFile !== null && k === importable[0]) return words['import.drop.opened'](k.fileName);
        return receive.length > 0 ? words['import.drop.notWithUpdates'](k.fileName) : words['import.drop.oneAtATime'](k.fileName);
      case 'package':
        if (openPackage !== null && k === packages[0]) return words['import.drop.packageOpened'](k.fileName);
        return planOpen ? words['import.drop.onePackage'](k.fileName) : words['import.drop.packageNeedsPlan'](k.fileName);
      case 'refused':
        return k.refused ?? words['import.drop.refused'](k.fileName);
    }
  });
  const oneWay = kinds.every((k) => k.kind === 'update-workbook' && planOpen) || (kinds.length === 1 && (kinds[0]!.kind === 'spreadsheet' || openPackage !== null));
  return { receive, importFile, openPackage, lines: oneWay ? [] : lines };
}
