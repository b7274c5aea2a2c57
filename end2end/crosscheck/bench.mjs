// Side-by-side verification times on the fixture files, in one run: the Digital Bazaar reference
// verifier (Node), our verifier's wasm bundle from dist/ (Node, the same code the browser worker
// runs) and our verifier natively (`cargo run --release --example verify_bench`). Prints per kind
// the medians and the ratios reference / ours.
// Usage: node end2end/crosscheck/bench.mjs [--runs 30] [--no-native]   (after scripts/build.sh)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import * as bsl from '@digitalbazaar/vc-bitstring-status-list';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { root, documentLoader, extraDocs, refVerifyJwt, loadOurs } from './lib.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1] || 0) || 30;
const fx = join(root, 'tests', 'fixtures', 'credentials');
const statusUrl = 'http://127.0.0.1:8765/status/ee-pttik-revocation-2025.json';
const statusText = readFileSync(join(fx, 'status', 'ee-pttik-revocation-2025.json'), 'utf8');
extraDocs.set(statusUrl, JSON.parse(statusText));

// the same kinds and files as examples/verify_bench.rs
const kinds = [
  ['eddsa-rdfc-2022 (VC 2.0)', ['01-valid-di-v2-ehr-basics.json', '02-valid-di-v2-second-issuer.json', '04-valid-di-v2-no-validuntil.json']],
  ['eddsa-rdfc-2022 (VC 1.1)', ['03-valid-di-v1-issuancedate.json']],
  ['eddsa-rdfc-2022 + status list', ['18-revoked-di.json', '19-status-active-di.json']],
  ['eddsa-rdfc-2022, 10k-char text', ['21-hostile-long-rtl-emoji-di.json']],
  ['eddsa-rdfc-2022, tampered', ['09-tampered-di-achievement-name.json', '11-tampered-di-proofvalue.json']],
  ['VC-JWT EdDSA', ['05-valid-jwt-eddsa.jwt', '08-valid-jwt-vcjose-eddsa.jwt']],
  ['VC-JWT ES256', ['06-valid-jwt-es256.jwt']],
  ['VC-JWT RS256', ['07-valid-jwt-rs256.jwt']],
];

// the reference: signature, dates and (for the status kind) the status list credential, itself
// verified, with the Bitstring Status List library — the same work our verifier does
const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
async function reference(text) {
  if (!text.trim().startsWith('{')) return (await refVerifyJwt(text)).valid ? 'valid' : 'invalid';
  const credential = JSON.parse(text);
  const r = await vc.verifyCredential({ credential, suite, documentLoader, checkStatus: bsl.checkStatus });
  // the status library's `verified` says the list was checked; `status: true` is the set bit
  if (r.verified && r.statusResult?.results?.some((x) => x.verified && x.status)) return 'revoked';
  if (r.verified) return 'verified';
  return r.results?.[0]?.verified && r.statusResult ? 'status-fail' : 'invalid';
}

const { m } = await loadOurs();
const ours = (text) => JSON.parse(m.verify(Buffer.from(text), Date.now(), null)).verdict;

async function median(fn, inputs) {
  for (const t of inputs) await fn(t); // warm-up (contexts parsed, JIT)
  const times = [];
  for (let i = 0; i < RUNS; i++)
    for (const t of inputs) {
      const t0 = performance.now();
      await fn(t);
      times.push(performance.now() - t0);
    }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

let native = new Map();
if (!args.includes('--no-native')) {
  const r = spawnSync('cargo', ['run', '--quiet', '--release', '--example', 'verify_bench'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) console.error(`verify_bench failed:\n${r.stderr}`);
  for (const line of r.stdout.split('\n')) {
    const mm = line.match(/^(.*?)\s+([\d.]+)ms\s+\d+\s/);
    if (mm) native.set(mm[1].trim(), Number(mm[2]));
  }
}

const f = (x) => (x === undefined ? '—' : x < 1 ? x.toFixed(3) : x.toFixed(2));
const ratio = (a, b) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(1)}×`);
console.log(`median ms per file, ${RUNS} runs of each file (Node ${process.version})`);
console.log(`${'kind'.padEnd(32)} ${'reference'.padStart(9)} ${'ours wasm'.padStart(9)} ${'native'.padStart(8)}  ${'ref/wasm'.padStart(8)} ${'ref/native'.padStart(10)}  verdicts (reference | ours)`);
for (const [kind, files] of kinds) {
  // the status list as the worker would have fetched it (fresh: the cache honours its TTL)
  m.cache_put(statusUrl, statusText, Date.now());
  const inputs = files.map((x) => readFileSync(join(fx, x), 'utf8'));
  const refVerdicts = [];
  for (const t of inputs) refVerdicts.push(await reference(t));
  const ourVerdicts = inputs.map(ours);
  const js = await median(reference, inputs);
  const wasm = await median(ours, inputs);
  const nat = native.get(kind);
  console.log(`${kind.padEnd(32)} ${f(js).padStart(9)} ${f(wasm).padStart(9)} ${f(nat).padStart(8)}  ${ratio(js, wasm).padStart(8)} ${ratio(js, nat).padStart(10)}  ${refVerdicts.join(',')} | ${ourVerdicts.join(',')}`);
}
