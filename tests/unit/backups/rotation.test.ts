// Which backups the rotation keeps: the newest ten, and the newest of each of the last twelve weeks.
import { describe, expect, it } from 'vitest';
import type { Backup } from '../../../electron/core/backups/backups';
import { backupsToRemove, editingBackupDue } from '../../../electron/core/backups/rotation';

const backup = (takenAt: string): Backup => ({ path: `/backups/${takenAt}.sqlite`, takenAt, reason: 'opened', bytes: 1 });
const hoursBefore = (now: Date, hours: number) => new Date(now.getTime() - hours * 3600_000).toISOString();
const removedAt = (now: string, taken: readonly string[]) => backupsToRemove(taken.map(backup), new Date(now)).map((b) => b.takenAt).sort();

describe('backup rotation', () => {
  const now = new Date('2026-12-09T12:00:00.000Z'); // a Wednesday

  it('keeps everything while there are ten or fewer', () => {
    expect(removedAt(now.toISOString(), Array.from({ length: 10 }, (_, i) => hoursBefore(now, i)))).toEqual([]);
  });

  it('beyond ten taken this week, removes the oldest: the newest of the week is among the ten anyway', () => {
    const taken = Array.from({ length: 14 }, (_, i) => hoursBefore(now, i));
    expect(removedAt(now.toISOString(), taken)).toEqual(taken.slice(10).sort());
  });

  it('keeps the newest backup of each earlier week, for twelve weeks', () => {
    const thisWeek = Array.from({ length: 10 }, (_, i) => hoursBefore(now, i));
    // Two a week, on Monday and Friday, for fifteen weeks before this one.
    const earlier = Array.from({ length: 15 }, (_, week) => {
      const monday = new Date(Date.UTC(2026, 11, 7 - 7 * (week + 1), 9));
      return [monday.toISOString(), new Date(monday.getTime() + 4 * 86_400_000).toISOString()];
    });
    const removed = removedAt(now.toISOString(), [...thisWeek, ...earlier.flat()]);
    // Fridays of the eleven weeks within twelve of this one are kept, Mondays go; weeks 12 to 15 go whole.
    const kept = earlier.slice(0, 11).map(([, friday]) => friday!);
    expect(removed).toEqual(earlier.flat().filter((takenAt) => !kept.includes(takenAt)).sort());
  });

  it('counts weeks from Monday', () => {
    const sunday = '2026-12-06T23:00:00.000Z';
    const monday = '2026-12-07T01:00:00.000Z';
    const tenToday = Array.from({ length: 10 }, (_, i) => hoursBefore(now, i));
    // Monday is this week, whose newest backups are today's: it goes. Sunday ends last week: it stays, its newest.
    expect(removedAt(now.toISOString(), [...tenToday, sunday, monday])).toEqual([monday]);
    expect(removedAt(now.toISOString(), [...tenToday, '2026-12-06T20:00:00.000Z', sunday])).toEqual(['2026-12-06T20:00:00.000Z']);
  });
});

describe('a backup while editing', () => {
  const now = new Date('2026-12-09T12:00:00.000Z');
  it.each([
    ['no edit yet', null, null, false],
    ['edits, never backed up', null, '2026-12-09T11:59:00.000Z', true],
    ['edited since, 2 h ago', '2026-12-09T10:00:00.000Z', '2026-12-09T11:00:00.000Z', true],
    ['edited since, 1 h ago', '2026-12-09T11:00:00.000Z', '2026-12-09T11:30:00.000Z', false],
    ['no edit since, 5 h ago', '2026-12-09T07:00:00.000Z', '2026-12-09T06:00:00.000Z', false],
  ])('%s → %s', (_case, lastBackup, lastEdit, due) => {
    expect(editingBackupDue(lastBackup ? new Date(lastBackup) : null, lastEdit ? new Date(lastEdit) : null, now, 2)).toBe(due);
  });
});
