// electron-builder's configuration in the packaging test (package.test.ts): the project's (electron.builder.yml),
// packing a stand-in Electron from the test's folder (PLANDESK_PACKAGING_TEST) into its `output` folder, with the
// addon found at PLANDESK_PACKAGING_ADDON (missing on purpose in one run). electron-builder merges a configuration
// given in code into the project's file (lists joined), so the test reads the file itself and names this one instead.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { load } from 'js-yaml';

const root = join(import.meta.dirname, '..', '..', '..');

export default (): Configuration => {
  const folder = process.env['PLANDESK_PACKAGING_TEST'];
  const addon = process.env['PLANDESK_PACKAGING_ADDON'];
  const output = process.env['PLANDESK_PACKAGING_OUTPUT'];
  if (!folder || !addon || !output) throw new Error('PLANDESK_PACKAGING_TEST, _ADDON and _OUTPUT are set by package.test.ts');
  const config = load(readFileSync(join(root, 'electron.builder.yml'), 'utf8')) as Configuration;
  return {
    ...config,
    electronDist: join(folder, 'electron-dist'),
    directories: { ...config.directories, output },
    extraResources: [
      { from: 'resources/sample-plan.tsv', to: 'sample-plan.tsv' },
      { from: addon, to: 'native/better_sqlite3.node' },
      ...(config.extraResources as { from: string; to: string }[]).filter((resource) => resource.to.startsWith('licenses/')),
    ],
    // A run without the addon is refused after packing: it packs only the main bundle, which keeps it quick.
    ...(existsSync(addon) ? {} : { files: ['out/main/**', 'package.json', '!node_modules/**'] }),
  };
};
