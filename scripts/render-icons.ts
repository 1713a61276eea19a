// Renders the app icon and the .pmupack document icon (resources/build/*.svg) to the files each platform's
// package needs, into resources/build/ (electron-builder's buildResources): icon.png and icons/NxN.png (Linux,
// and macOS's source), icon.ico (Windows), icon.icns (macOS), and pmupack.ico / pmupack.icns for the file type.
// Run after changing an SVG: `npm run icons`. The renderer is @resvg/resvg-js, pinned in package.json, so the
// same SVG gives the same pixels on every machine; the .ico and .icns containers are written here (PNG inside).
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const buildResources = join(import.meta.dirname, '..', 'resources', 'build');

function renderPng(svg: string, size: number): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

/** An .ico holding PNG images (Windows Vista and later read PNG entries at every size). */
export function icoFile(images: readonly { size: number; png: Uint8Array }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 stands for 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => Buffer.from(png))]);
}

/** The .icns types that hold PNG data, by pixel size (the @2x types double a point size). */
export const ICNS_TYPES: readonly (readonly [type: string, size: number])[] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

export function icnsFile(pngOfSize: (size: number) => Uint8Array): Buffer {
  const chunks = ICNS_TYPES.map(([type, size]) => {
    const png = pngOfSize(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, Buffer.from(png)]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

function renderIcon(name: string): (size: number) => Uint8Array {
  const svg = readFileSync(join(buildResources, `${name}.svg`), 'utf8');
  const pngs = new Map<number, Uint8Array>();
  const pngOfSize = (size: number): Uint8Array => {
    let png = pngs.get(size);
    if (!png) {
      png = renderPng(svg, size);
      pngs.set(size, png);
    }
    return png;
  };
  writeFileSync(join(buildResources, `${name}.ico`), icoFile([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: pngOfSize(size) }))));
  writeFileSync(join(buildResources, `${name}.icns`), icnsFile(pngOfSize));
  return pngOfSize;
}

if (process.argv[1] === import.meta.filename) {
  const appIcon = renderIcon('icon');
  writeFileSync(join(buildResources, 'icon.png'), appIcon(1024));
  mkdirSync(join(buildResources, 'icons'), { recursive: true });
  for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
    writeFileSync(join(buildResources, 'icons', `${size}x${size}.png`), appIcon(size));
  }
  renderIcon('pmupack');
  console.log(`Icons written to ${buildResources}`);
}
