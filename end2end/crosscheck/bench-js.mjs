// The reference JavaScript verifier (Digital Bazaar: @digitalbazaar/vc + eddsa-rdfc-2022
// cryptosuite, jsonld with the bundled contexts, no network) on the same fixture files as
// examples/verify_bench.rs: prints each file's result and the median verify time, so the Rust
// verifier's figures can be set side by side (docs/performance.md, "Verification").
// Usage: cd end2end/crosscheck && npm install && node bench-js.mjs
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as jose from 'jose';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fx = join(root, 'tests', 'fixtures', 'credentials');
const ctxDir = join(root, 'data', 'jsonld-contexts');
const index = JSON.parse(readFileSync(join(ctxDir, 'index.json'), 'utf8'));
const statusUrl = 'http://127.0.0.1:8765/status/ee-pttik-revocation-2025.json';

async function documentLoader(url) {
  if (index[url]) return { contextUrl: null, documentUrl: url, document: JSON.parse(readFileSync(join(ctxDir, index[url]), 'utf8')) };
  if (url === statusUrl) return { contextUrl: null, documentUrl: url, document: JSON.parse(readFileSync(join(fx, 'status', 'ee-pttik-revocation-2025.json'), 'utf8')) };
  if (url.startsWith('did:key:')) {
    const [did, frag] = url.split('#');
    const fp = did.slice('did:key:'.length);
    const key = await Ed25519Multikey.from({ id: `${did}#${fp}`, controller: did, publicKeyMultibase: fp, '@context': 'https://w3id.org/security/multikey/v1', type: 'Multikey' });
    const vm = await key.export({ publicKey: true, includeContext: true });
    if (frag) return { contextUrl: null, documentUrl: url, document: vm };
    const doc = { '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'], id: did, verificationMethod: [vm], assertionMethod: [vm.id], authentication: [vm.id] };
    return { contextUrl: null, documentUrl: url, document: doc };
  }
  throw new Error(`not loading ${url}`);
}

const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
async function verifyDi(cred) {
  const r = await vc.verifyCredential({ credential: cred, suite, documentLoader, checkStatus: async () => ({ verified: true }) });
  return r.verified;
}
async function verifyJwt(text) {
  const header = jose.decodeProtectedHeader(text);
  if (!['EdDSA', 'ES256', 'RS256'].includes(header.alg)) return false;
  try {
    await jose.compactVerify(text, await jose.importJWK(header.jwk, header.alg));
    return true;
  } catch {
    return false;
  }
}

const kinds = {
  'eddsa-rdfc-2022 (VC 2.0)': ['01-valid-di-v2-ehr-basics.json', '02-valid-di-v2-second-issuer.json', '04-valid-di-v2-no-validuntil.json'],
  'eddsa-rdfc-2022 (VC 1.1)': ['03-valid-di-v1-issuancedate.json'],
  'eddsa-rdfc-2022, tampered': ['09-tampered-di-achievement-name.json', '11-tampered-di-proofvalue.json'],
  'VC-JWT EdDSA': ['05-valid-jwt-eddsa.jwt', '08-valid-jwt-vcjose-eddsa.jwt'],
  'VC-JWT ES256': ['06-valid-jwt-es256.jwt'],
  'VC-JWT RS256': ['07-valid-jwt-rs256.jwt'],
};
console.log('kind'.padEnd(30), 'median'.padStart(10), ' results');
for (const [kind, files] of Object.entries(kinds)) {
  const inputs = files.map((f) => readFileSync(join(fx, f), 'utf8'));
  const run = (t) => (t.trim().startsWith('{') ? verifyDi(JSON.parse(t)) : verifyJwt(t.trim()));
  const results = [];
  for (const t of inputs) results.push(await run(t));
  const times = [];
  for (let i = 0; i < 30; i++)
    for (const t of inputs) {
      const t0 = performance.now();
      await run(t);
      times.push(performance.now() - t0);
    }
  times.sort((a, b) => a - b);
  console.log(kind.padEnd(30), `${times[times.length >> 1].toFixed(2)}ms`.padStart(10), ' ', results.join(','));
}
