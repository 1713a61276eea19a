// Packaging with electron-builder (`npm run dist`; README, "Package"), which reads this file by its name.
// better-sqlite3's addon is shipped apart from its JavaScript, as resources/native/better_sqlite3.node (put in
// .native/electron/ by scripts/electron-native.ts), so nothing is rebuilt in node_modules; the afterPack hook stops
// packaging when it is missing or made for another runtime.
import type { Configuration } from 'electron-builder';
import { checkPackagedAddon } from './scripts/packaging/native-addon';

const config: Configuration = {
  appId: 'bt.gov.plandesk',
  productName: 'PlanDesk',
  executableName: 'plandesk',
  copyright: 'Copyright © PlanDesk',
  directories: { output: 'dist', buildResources: 'resources/build' },
  // What the app loads: its bundles (main, preload, the renderer and its print pages), package.json, and the runtime
  // dependencies electron-builder adds from node_modules. The renderer's libraries are bundled by Vite and the CLI's
  // are the CLI's, so they are devDependencies and stay out; so do better-sqlite3's sources and its prebuilt addons
  // (the one the app loads is in resources/native). out/cli is the command line's (cli.vite.config.ts), not the app's.
  files: [
    'out/**',
    '!out/cli/**',
    'package.json',
    '!**/*.{map,md,markdown,ts,mts,cts,tsbuildinfo}',
    '!**/{test,tests,__tests__,docs,example,examples,.github}/**',
    '!node_modules/better-sqlite3/{build,deps,src,prebuilds}/**',
    '!node_modules/better-sqlite3/binding.gyp',
  ],
  extraResources: [
    { from: 'resources/sample-plan.tsv', to: 'sample-plan.tsv' },
    { from: '.native/electron/better_sqlite3.node', to: 'native/better_sqlite3.node' },
  ],
  npmRebuild: false,
  asar: true,
  afterPack: checkPackagedAddon,
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',
  // Electron's fuses, flipped in the packaged binary: it cannot be run as plain Node (ELECTRON_RUN_AS_NODE), takes
  // no NODE_OPTIONS and no --inspect, loads its code only from its archive, and checks that archive against the hash
  // built into it before loading it (on macOS and Windows, where Electron has asar integrity).
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
  },
  // electron-builder writes the update information (latest.yml, latest-mac.yml, latest-linux.yml) beside the
  // installers only for a publisher. The address here is never used: PlanDesk asks the server an IT office names in
  // update.json (README, "Updates"), and nothing is uploaded (a generic server is a folder the IT office fills).
  publish: [{ provider: 'generic', url: 'https://updates.invalid/plandesk/' }],
  fileAssociations: [
    {
      ext: 'pmupack',
      name: 'PlanDesk plan package',
      description: 'PlanDesk whole-plan package',
      mimeType: 'application/vnd.plandesk.pmupack+zip',
      role: 'Editor',
      icon: 'pmupack',
    },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'resources/build/icons',
    maintainer: 'PlanDesk <plandesk@example.org>',
    synopsis: 'The implementation and monitoring plan desk of the e-Government PMU',
  },
  win: { target: ['nsis'], icon: 'resources/build/icon.ico' },
  // Installed for the current user by default (no administrator rights, and updates install the same way); an IT
  // office deploying for all users runs the installer with /allusers (silently: /S /allusers).
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    deleteAppDataOnUninstall: false,
    shortcutName: 'PlanDesk',
  },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', icon: 'resources/build/icon.icns' },
};

export default config;
