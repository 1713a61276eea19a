// electron-builder's configuration in the packaging test (package.test.ts): the project's (electron-builder.ts),
// packing a stand-in Electron from the test's folder (PLANDESK_PACKAGING_TEST) with the test's copy of the addon.
// electron-builder merges a configuration given in code into the project's file (lists joined, hooks merged), so
// the test gives it this file instead. PLANDESK_PACKAGING_CHECK=electron keeps the project's own afterPack check
// (Electron's ABI); otherwise the stand-in stands for an Electron that loads the test's own Node build.
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import config from '../../../electron-builder';
import { packagedAddonCheck } from '../../../scripts/packaging/native-addon';

export default (): Configuration => {
  const folder = process.env['PLANDESK_PACKAGING_TEST'];
  if (!folder) throw new Error('PLANDESK_PACKAGING_TEST names the packaging test folder');
  const electronCheck = process.env['PLANDESK_PACKAGING_CHECK'] === 'electron';
  return {
    ...config,
    electronDist: join(folder, 'electron-dist'),
    directories: { ...config.directories, output: join(folder, electronCheck ? 'refused' : 'dist') },
    extraResources: [
      { from: 'resources/sample-plan.tsv', to: 'sample-plan.tsv' },
      { from: join(folder, 'addon', 'better_sqlite3.node'), to: 'native/better_sqlite3.node' },
    ],
    // The refused run needs no dependencies in its archive: the check comes after packing, and this keeps it quick.
    ...(electronCheck
      ? { files: ['out/main/**', 'package.json', '!node_modules/**'] }
      : { afterPack: packagedAddonCheck(() => Number(process.versions.modules)) }),
  };
};
