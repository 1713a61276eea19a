// Which backups are kept: the newest ten, and the newest of each of the last twelve weeks, so that a mistake found
// weeks later can still be undone without keeping every backup ever taken.
export const KEEP_NEWEST = 10;
export const KEEP_WEEKS = 12;

const DAY = 24 * 60 * 60 * 1000;

/** The Monday (UTC) that starts the week of an instant, as a day number. */
function weekOf(instant: Date): number {
  const day = Math.floor(instant.getTime() / DAY);
  // 1 January 1970 (day 0) was a Thursday: day 4 was the first Monday.
  return day - ((day - 4 + 7 * 1e6) % 7);
}

/** The backups (newest first or in any order) that the rotation removes at `now`; only when each was taken counts. */
export function backupsToRemove<B extends { readonly takenAt: string }>(backups: readonly B[], now: Date): B[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const kept = new Set(newestFirst.slice(0, KEEP_NEWEST));
  const thisWeek = weekOf(now);
  const weeksSeen = new Set<number>();
  for (const backup of newestFirst) {
    const week = weekOf(new Date(backup.takenAt));
    if (thisWeek - week >= KEEP_WEEKS * 7 || weeksSeen.has(week)) continue;
    weeksSeen.add(week);
    kept.add(backup);
  }
  return newestFirst.filter((backup) => !kept.has(backup));
}

/** Whether editing since the last backup calls for another: some edit since, and `everyHours` passed. */
export function editingBackupDue(lastBackupAt: Date | null, lastEditAt: Date | null, now: Date, everyHours: number): boolean {
  if (!lastEditAt) return false;
  if (!lastBackupAt) return true;
  return lastEditAt > lastBackupAt && now.getTime() - lastBackupAt.getTime() >= everyHours * 60 * 60 * 1000;
}
