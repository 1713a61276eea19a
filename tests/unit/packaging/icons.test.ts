// The icons in resources/build are the ones the SVGs render to (npm run icons), in the containers each platform reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { ICNS_TYPES } from '../../../scripts/render-icons';

const buildResources = join(import.meta.dirname, '..', '..', '..', 'resources', 'build');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pngWidth = (png: Buffer): number => png.readUInt32BE(16);

function icoImages(file: Buffer): { size: number; png: Buffer }[] {
  expect(file.readUInt16LE(2)).toBe(1);
  return Array.from({ length: file.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index;
    const png = file.subarray(file.readUInt32LE(entry + 12), file.readUInt32LE(entry + 12) + file.readUInt32LE(entry + 8));
    return { size: file.readUInt8(entry) || 256, png };
  });
}

function icnsImages(file: Buffer): { type: string; png: Buffer }[] {
  expect(file.toString('latin1', 0, 4)).toBe('icns');
  expect(file.readUInt32BE(4)).toBe(file.length);
  const images = [];
  for (let offset = 8; offset < file.length; offset += file.readUInt32BE(offset + 4)) {
    images.push({ type: file.toString('latin1', offset, offset + 4), png: file.subarray(offset + 8, offset + file.readUInt32BE(offset + 4)) });
  }
  return images;
}

describe.each(['icon', 'pmupack'])('%s icons', (name) => {
  const svg = readFileSync(join(buildResources, `${name}.svg`), 'utf8');
  const render = (size: number) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng());

  it('.ico holds PNG images from 16 to 256 pixels, rendered from the SVG as it is', () => {
    const images = icoImages(readFileSync(join(buildResources, `${name}.ico`)));
    expect(images.map((image) => image.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const { size, png } of images) {
      expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(pngWidth(png)).toBe(size);
      expect(png.equals(render(size)), `${name}.ico at ${size} px is older than ${name}.svg: run npm run icons`).toBe(true);
    }
  });

  it('.icns holds every PNG type macOS reads, each of its size', () => {
    const images = icnsImages(readFileSync(join(buildResources, `${name}.icns`)));
    expect(images.map((image) => image.type)).toEqual(ICNS_TYPES.map(([type]) => type));
    for (const [index, { png }] of images.entries()) {
      expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(pngWidth(png)).toBe(ICNS_TYPES[index]![1]);
    }
  });
});

it('Linux gets the app icon at each size, named as the desktop expects', () => {
  for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
    expect(pngWidth(readFileSync(join(buildResources, 'icons', `${size}x${size}.png`)))).toBe(size);
  }
  expect(pngWidth(readFileSync(join(buildResources, 'icon.png')))).toBe(1024);
});
