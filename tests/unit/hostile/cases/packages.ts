// Whole-plan packages (issue 19, item 6): parts past their size caps, history from the future and snapshots far
// larger than their plan are refused, naming the part and the element. Each package is genuine but for the change,
// its manifest's checksums made again, as an attacker with the format in hand would.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createPack } from '../../../../electron/core/packages/create-pack';
import { testContext } from '../../support/workspace';
import type { Bench, HostileCase } from '../bench';

type Json = Record<string, unknown>;

/** Text that does not compress (so that the zip's bomb checks are not what refuses it). */
const noise = (chars: number) => randomBytes(Math.ceil((chars * 3) / 4)).toString('base64').slice(0, chars);

/** The bench's plan packed, its JSON part `entry` changed by `edit`, the manifest's checksums made again. */
function editedPack(name: string, entry: 'history.json' | 'snapshots.json', edit: (part: Json[]) => void) {
  return async (bench: Bench) => {
    const genuine = join(bench.folder, 'genuine.pmupack');
    await createPack(bench.connection.db, testContext(), bench.planId!, genuine);
    const parts = unzipSync(new Uint8Array(readFileSync(genuine)));
    const part = JSON.parse(strFromU8(parts[entry]!)) as Json[];
    edit(part);
    parts[entry] = strToU8(JSON.stringify(part));
    const manifest = JSON.parse(strFromU8(parts['manifest.json']!)) as { entries: { path: string; size: number; sha256: string }[] };
    for (const listed of manifest.entries) {
      listed.size = parts[listed.path]!.length;
      listed.sha256 = createHash('sha256').update(parts[listed.path]!).digest('hex');
    }
    parts['manifest.json'] = strToU8(JSON.stringify(manifest));
    const path = join(bench.folder, name);
    writeFileSync(path, zipSync(parts));
    return path;
  };
}

const snapshot = (content: string): Json => ({ id: 'snap-x', name: 'Steering committee', takenAt: '2026-11-01T09:00:00.000Z', createdBy: 'Karma', content });

export const PACKAGE_CASES: readonly HostileCase[] = [
  {
    name: 'a package whose history holds a change dated 2099 is refused',
    start: 'plan',
    entry: 'unpack',
    make: editedPack('future.pmupack', 'history.json', (history) => (history[0]!.at = '2099-01-01T00:00:00.000Z')),
    expect: { refused: /^future\.pmupack: history\.json entry \[0\] \(\w+ \w+\) is dated 2099-01-01T00:00:00\.000Z, after today \(\d{4}-\d\d-\d\d\); a package cannot hold changes from the future; refused$/ },
  },
  {
    name: 'a package whose history holds a 3 MB value is refused at that value',
    start: 'plan',
    entry: 'unpack',
    make: editedPack('big-value.pmupack', 'history.json', (history) => (history[1]!.newValue = noise(3_000_000))),
    expect: { refused: /^big-value\.pmupack: history\.json is not in the PlanDesk package format \(at \[1\]\.newValue: is longer than 2,000,000 characters\)$/ },
  },
  {
    name: 'a package naming a 3 KB user in its history is refused',
    start: 'plan',
    entry: 'unpack',
    make: editedPack('long-user.pmupack', 'history.json', (history) => (history[2]!.user = noise(3_000))),
    expect: { refused: /history\.json is not in the PlanDesk package format \(at \[2\]\.user: is longer than 300 characters\)$/ },
  },
  {
    name: 'a package holding a 6 MB snapshot of a plan of a few kilobytes is refused',
    start: 'plan',
    entry: 'unpack',
    make: editedPack('big-snapshot.pmupack', 'snapshots.json', (snapshots) => snapshots.push(snapshot(JSON.stringify(noise(6_000_000))))),
    expect: { refused: /^big-snapshot\.pmupack: snapshots\.json \[0\] \("Steering committee"\) holds 5\.7 MB, far more than the plan it records \(0\.0 MB\); refused$/ },
  },
  {
    name: 'a package holding a snapshot taken in 2099 is refused',
    start: 'plan',
    entry: 'unpack',
    make: editedPack('future-snapshot.pmupack', 'snapshots.json', (snapshots) => snapshots.push({ ...snapshot('{}'), takenAt: '2099-03-14T09:00:00.000Z' })),
    expect: { refused: /snapshots\.json \[0\] \("Steering committee"\) is dated 2099-03-14T09:00:00\.000Z, after today/ },
  },
];
