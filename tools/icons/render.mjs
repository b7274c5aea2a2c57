#!/usr/bin/env node
// Renders the PNG app icons from the SVG sources with Debian Chromium (Playwright):
//   node tools/icons/render.mjs   (run from the repo root; needs end2end/node_modules)
// Output is committed: public/icons/icon-192.png, icon-512.png, maskable-512.png, apple-touch-icon.png.
import { chromium } from '../../end2end/node_modules/@playwright/test/index.mjs';
import { readFileSync } from 'node:fs';

const jobs = [
  ['public/icons/icon.svg', 192, 'public/icons/icon-192.png'],
  ['public/icons/icon.svg', 512, 'public/icons/icon-512.png'],
  ['public/icons/icon-maskable.svg', 512, 'public/icons/maskable-512.png'],
  ['public/icons/icon-maskable.svg', 180, 'public/icons/apple-touch-icon.png'],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [src, size, out] of jobs) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const svg = readFileSync(src, 'utf8').replace(/width="64" height="64"/, `width="${size}" height="${size}"`);
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  console.log(out);
}
await browser.close();
