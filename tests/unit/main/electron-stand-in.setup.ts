// Packages that require('electron') themselves (electron-updater) are loaded by Node, not through Vite's alias: put
// the same stand-in in Node's module cache under electron's name, so that they get it too.
import { createRequire } from 'node:module';
import * as standIn from './electron-stand-in';

const require = createRequire(import.meta.url);
const electronPath = require.resolve('electron');
require.cache[electronPath] = { id: electronPath, filename: electronPath, path: electronPath, loaded: true, exports: standIn, children: [], paths: [] } as unknown as NodeJS.Module;
