// Renders the app icons (public/icons/*.svg) to the exact-size PNGs the web app manifest and
// iOS ask for, with headless Chromium. Run it after changing an icon's SVG:
//   node scripts/make-icons.mjs
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.mjs';

const icons = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');

/**
 * Each PNG: its source SVG and its size in pixels. All are opaque squares but the favicon,
 * whose corners are rounded. The page links the favicon as a PNG: Chromium draws an SVG
 * favicon as a whole SVG document on the page's main thread, 5-12 ms on every page load.
 * @type {{ svg: string, png: string, size: number, transparent?: boolean }[]}
 */
const outputs = [
  { svg: '../favicon.svg', png: 'favicon-48.png', size: 48, transparent: true },
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'maskable.svg', png: 'maskable-512.png', size: 512 },
  // iOS rounds the corners itself and shows transparency as black: the full-bleed design.
  { svg: 'maskable.svg', png: 'apple-touch-icon.png', size: 180 },
];

/**
 * Width and height from a PNG's IHDR chunk.
 * @param {Buffer} png
 */
function pngSize(png) {
  const signature = '89504e470d0a1a0a';
  if (png.subarray(0, 8).toString('hex') !== signature || png.toString('latin1', 12, 16) !== 'IHDR')
    throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: run `node scripts/ensure-chromium.mjs`, or set CHROMIUM_PATH.');
  process.exit(1);
}

const browser = await chromium.launch({ executablePath, headless: true });
try {
  const context = await browser.newContext({ deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const { svg, png, size, transparent = false } of outputs) {
    const markup = readFileSync(join(icons, svg), 'utf8');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><html><head><style>
        html, body { margin: 0; width: 100%; height: 100%; overflow: hidden; background: transparent; }
        svg { display: block; width: 100%; height: 100%; }
      </style></head><body>${markup}</body></html>`,
    );
    const image = await page.screenshot({
      type: 'png',
      omitBackground: transparent,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    const { width, height } = pngSize(image);
    if (width !== size || height !== size)
      throw new Error(`${png}: rendered ${width}×${height}, wanted ${size}×${size}`);
    const target = join(icons, png);
    writeFileSync(target, image);
    console.log(`${png}: ${width}×${height}, ${statSync(target).size} bytes`);
  }
} finally {
  await browser.close();
}
