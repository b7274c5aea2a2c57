#!/usr/bin/env node
// Finishes a release build in dist/ (run by scripts/build.sh after `trunk build --release`):
//  1. minifies each bundle's JS glue (terser) and gives every bundle (each face's JS + wasm, and
//     worker bundles) and boot.js a content hash in its name and writes the names into index.html (boot.js reads them), so hosts can cache
//     them forever;
//  2. writes the service worker: its precache list (the app shell and the embedded backend) and
//     a VERSION that is a hash over all of them, so each build gets its own cache;
//  3. writes precompressed .br (quality 11) and .gz (level 9) next to every text/wasm file.
// Usage: node tools/postbuild.mjs [dist]

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync, renameSync, existsSync, unlinkSync } from 'node:fs';
import { minify } from 'terser';
import { join, relative, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zc } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const hash16 = (...bufs) => {
  const h = createHash('sha256');
  for (const b of bufs) h.update(b);
  return h.digest('hex').slice(0, 16);
};
const walk = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });

// Remove outputs of a previous run of this script (compressed copies).
for (const f of walk(dist)) if (/\.(br|gz)$/.test(f)) unlinkSync(f);

// 1. Bundles: Trunk writes `<name>.js` + `<name>_bg.wasm` for each `data-type="worker"` app.
const bundles = {};
for (const f of readdirSync(dist)) {
  const m = f.match(/^([a-z0-9_-]+)_bg\.wasm$/);
  if (!m || /-[0-9a-f]{16}$/.test(m[1])) continue;
  const name = m[1];
  const js = join(dist, `${name}.js`);
  const wasm = join(dist, f);
  if (!existsSync(js)) continue;
  // The wasm-bindgen JS glue is 20-85 KB of readable code; minified, a phone parses and
  // compiles less of it before the app can start. (Trunk's own minifier cannot parse it.)
  const glue = await minify(readFileSync(js, 'utf8'), { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!glue.code) throw new Error(`postbuild: terser gave nothing for ${js}`);
  writeFileSync(js, glue.code);
  const h = hash16(readFileSync(js), readFileSync(wasm));
  renameSync(js, join(dist, `${name}-${h}.js`));
  renameSync(wasm, join(dist, `${name}-${h}_bg.wasm`));
  bundles[name] = { js: `/${name}-${h}.js`, wasm: `/${name}-${h}_bg.wasm` };
}
if (!Object.keys(bundles).length) {
  console.error('postbuild: no bundles found in', dist);
  process.exit(1);
}

let html = readFileSync(join(dist, 'index.html'), 'utf8');
const marker = /<script type="application\/json" id="carewise-bundles">[^<]*<\/script>/;
if (!marker.test(html)) {
  console.error('postbuild: index.html has no carewise-bundles script');
  process.exit(1);
}
html = html.replace(marker, `<script type="application/json" id="carewise-bundles">${JSON.stringify(bundles)}</script>`);

const boot = readFileSync(join(dist, 'boot.js'));
const bootName = `boot-${hash16(boot)}.js`;
renameSync(join(dist, 'boot.js'), join(dist, bootName));
html = html.replace('src="/boot.js"', `src="/${bootName}"`);
writeFileSync(join(dist, 'index.html'), html);

// 2. Service worker.
const files = walk(dist)
  .map((f) => '/' + relative(dist, f).split('\\').join('/'))
  .filter((u) => u !== '/sw.js' && !u.startsWith('/.stage'))
  .sort();
const precache = files;
const version = hash16(...files.map((u) => readFileSync(join(dist, u))));
const swTemplate = readFileSync(join(dist, 'sw.js'), 'utf8');
if (!swTemplate.includes('__VERSION__') || !swTemplate.includes('__PRECACHE__')) {
  console.error('postbuild: dist/sw.js is not the template (already post-built?)');
  process.exit(1);
}
writeFileSync(
  join(dist, 'sw.js'),
  swTemplate.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(precache, null, 1)),
);

// 3. Precompressed copies.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.jsonld', '.webmanifest', '.wasm', '.svg', '.txt', '.csv']);
let n = 0;
for (const f of walk(dist)) {
  if (!COMPRESSIBLE.has(extname(f))) continue;
  const body = readFileSync(f);
  writeFileSync(`${f}.br`, brotliCompressSync(body, { params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: body.length } }));
  writeFileSync(`${f}.gz`, gzipSync(body, { level: 9 }));
  n++;
}
console.log(`postbuild: ${Object.keys(bundles).length} bundles hashed, ${precache.length} files precached (version ${version}), ${n} files precompressed`);
