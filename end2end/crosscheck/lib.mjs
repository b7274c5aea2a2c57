// Shared pieces of the cross-check and the bench: the offline document loader for the Digital
// Bazaar libraries, the reference VC-JWT check (jose, with the issuer/kid/claim rules of
// src/domain/verify/jwt.rs), and loading our verifier's wasm bundle from dist/ in Node.
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import crypto from 'node:crypto';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { createVerifyCryptosuite as jcsVerifySuite } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as jose from 'jose';
import canonicalize from 'canonicalize';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ctxDir = join(root, 'data', 'jsonld-contexts');
const index = JSON.parse(readFileSync(join(ctxDir, 'index.json'), 'utf8'));
const contexts = new Map(Object.entries(index).map(([u, f]) => [u, JSON.parse(readFileSync(join(ctxDir, f), 'utf8'))]));

// --- base58btc (multibase 'z')
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function b58encode(bytes) {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  let s = '';
  while (n > 0n) {
    s = B58[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    s = '1' + s;
  }
  return s;
}
export function b58decode(s) {
  let n = 0n;
  for (const c of s) {
    const i = B58.indexOf(c);
    if (i < 0) throw new Error('bad base58');
    n = n * 58n + BigInt(i);
  }
  const out = [];
  while (n > 0n) {
    out.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  for (const c of s) {
    if (c !== '1') break;
    out.unshift(0);
  }
  return Uint8Array.from(out);
}

/** The offline document loader: bundled contexts and did:key (Ed25519) only; never fetches. */
export async function documentLoader(url) {
  if (contexts.has(url)) return { contextUrl: null, documentUrl: url, document: structuredClone(contexts.get(url)) };
  if (url.startsWith('did:key:z6Mk')) {
    const [did, frag] = url.split('#');
    const fp = did.slice('did:key:'.length);
    const key = await Ed25519Multikey.from({ id: `${did}#${fp}`, controller: did, publicKeyMultibase: fp, '@context': 'https://w3id.org/security/multikey/v1', type: 'Multikey' });
    const vm = await key.export({ publicKey: true, includeContext: true });
    if (frag) {
      if (frag !== fp) throw new Error(`no method ${url}`);
      return { contextUrl: null, documentUrl: url, document: vm };
    }
    const doc = { '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'], id: did, verificationMethod: [vm], assertionMethod: [vm.id], authentication: [vm.id] };
    return { contextUrl: null, documentUrl: url, document: doc };
  }
  if (extraDocs.has(url)) return { contextUrl: null, documentUrl: url, document: structuredClone(extraDocs.get(url)) };
  throw new Error(`not loading ${url}`);
}
/** Documents the loader may serve besides contexts and did:key (status lists for the bench). */
export const extraDocs = new Map();

const diSuites = [new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), new DataIntegrityProof({ cryptosuite: jcsVerifySuite() })];

/** The Digital Bazaar verdict on a JSON credential: { valid, error }. */
export async function dbVerifyDi(cred) {
  try {
    const r = await vc.verifyCredential({ credential: cred, suite: diSuites, documentLoader, checkStatus: async () => ({ verified: true }) });
    const err = r.error?.errors?.[0] ?? r.error ?? r.results?.find((x) => !x.verified)?.error;
    return { valid: r.verified === true, error: r.verified ? null : String(err?.message ?? err ?? 'not verified').slice(0, 200) };
  } catch (e) {
    return { valid: false, error: `threw: ${String(e?.message ?? e).slice(0, 200)}` };
  }
}

// The reference eddsa-jcs-2022 verifier compares the document's and the proof's @context
// entries with `!==`, so an inline context object (never the same object after parsing) always
// fails with this message — against vc-di-eddsa, which asks for the same values. For those files
// the cross-check uses specVerifyJcs below (the reference's own JCS library, Node's Ed25519).
export const DB_JCS_CONTEXT_IDENTITY = 'document.@context does not start with proof.@context';

/** eddsa-jcs-2022 verification as vc-di-eddsa 3.3 words it, for a did:key issuer. */
export function specVerifyJcs(doc) {
  const proof = { ...doc.proof };
  if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-jcs-2022' || proof.proofPurpose !== 'assertionMethod') return { valid: false, error: 'spec: proof' };
  const issuer = issuerId(doc);
  const vm = typeof proof.verificationMethod === 'string' ? proof.verificationMethod : '';
  if (!vm.startsWith('did:key:') || vm.split('#')[0] !== issuer) return { valid: false, error: 'spec: key not the issuer\'s' };
  const jwk = didKeyJwk(vm);
  if (jwk?.crv !== 'Ed25519') return { valid: false, error: 'spec: key' };
  let sig;
  try {
    sig = b58decode(String(proof.proofValue).slice(1));
  } catch {
    return { valid: false, error: 'spec: proofValue' };
  }
  delete proof.proofValue;
  const unsecured = { ...doc };
  delete unsecured.proof;
  if (proof['@context']) {
    const pc = [proof['@context']].flat();
    const dc = [unsecured['@context']].flat();
    if (pc.some((c, i) => canonicalize(c) !== canonicalize(dc[i]))) return { valid: false, error: 'spec: @context prefix' };
    unsecured['@context'] = proof['@context'];
  }
  const h = (v) => crypto.createHash('sha256').update(canonicalize(v)).digest();
  const data = Buffer.concat([h(proof), h(unsecured)]);
  const key = crypto.createPublicKey({ key: jwk, format: 'jwk' });
  const ok = sig.length === 64 && crypto.verify(null, data, key, Buffer.from(sig));
  return { valid: ok, error: ok ? null : 'spec: signature' };
}

// --- VC-JWT reference: jose for the cryptography, our rules for the key and claims.
const b64u = (b) => Buffer.from(b).toString('base64url');

/** A JWK for a did:key (Ed25519 or P-256 multikey), or null. */
export function didKeyJwk(didUrl) {
  const [did, frag] = didUrl.split('#');
  const id = did.slice('did:key:'.length);
  if (frag && frag !== id) return null;
  if (!id.startsWith('z')) return null;
  const bytes = b58decode(id.slice(1));
  if (bytes[0] === 0xed && bytes[1] === 0x01 && bytes.length === 34) return { kty: 'OKP', crv: 'Ed25519', x: b64u(bytes.slice(2)) };
  if (bytes[0] === 0x80 && bytes[1] === 0x24 && (bytes.length === 35 || bytes.length === 67)) {
    const point = crypto.ECDH.convertKey(Buffer.from(bytes.slice(2)), 'prime256v1', undefined, undefined, 'uncompressed');
    return { kty: 'EC', crv: 'P-256', x: b64u(point.subarray(1, 33)), y: b64u(point.subarray(33, 65)) };
  }
  return null;
}

function issuerId(cred) {
  const i = cred?.issuer;
  return typeof i === 'string' ? i : typeof i?.id === 'string' ? i.id : null;
}
function subjectId(cred) {
  const s = cred?.credentialSubject;
  if (Array.isArray(s)) return s.length === 1 ? s[0]?.id ?? null : null;
  return typeof s?.id === 'string' ? s.id : null;
}

/**
 * The reference verdict on a compact JWS: { valid, error }. Same rules as jwt.rs: alg EdDSA /
 * ES256 / RS256 only; no `crit`; with a `vc` claim, `iss` = issuer (one of them present),
 * `jti` = id, `sub` = subject id when both are given; an issuer somewhere (`issuer` or `iss`);
 * key from `jwk` (the did:key issuer's own key when the issuer is a DID), or from `kid` = a
 * did:key DID URL of the issuer (`#frag` relative to the issuer). jose checks the signature.
 */
export async function refVerifyJwt(text) {
  text = text.trim();
  let header, payload;
  try {
    header = jose.decodeProtectedHeader(text);
    payload = jose.decodeJwt(text);
  } catch (e) {
    return { valid: false, error: `decode: ${e.message}` };
  }
  const alg = header.alg === 'Ed25519' ? 'EdDSA' : header.alg;
  if (!['EdDSA', 'ES256', 'RS256'].includes(alg)) return { valid: false, error: `alg ${header.alg}` };
  if ('crit' in header) return { valid: false, error: 'crit' };
  const cred = payload.vc && typeof payload.vc === 'object' && !Array.isArray(payload.vc) ? payload.vc : payload;
  const issuer = issuerId(cred);
  const str = (k) => (typeof payload[k] === 'string' ? payload[k] : null);
  if (cred !== payload) {
    if (str('iss') !== null && issuer !== null && str('iss') !== issuer) return { valid: false, error: 'iss' };
    if (str('iss') === null && issuer === null) return { valid: false, error: 'iss' };
    if (str('jti') !== null && typeof cred.id === 'string' && str('jti') !== cred.id) return { valid: false, error: 'jti' };
    if (str('sub') !== null && subjectId(cred) !== null && str('sub') !== subjectId(cred)) return { valid: false, error: 'sub' };
  } else if (str('iss') !== null && issuer !== null && str('iss') !== issuer) return { valid: false, error: 'iss' };
  const iss = issuer ?? str('iss') ?? '';
  if (iss === '') return { valid: false, error: 'no issuer' };
  let jwk;
  if (header.jwk) {
    jwk = header.jwk;
    // a header key must be the DID issuer's key (only did:key issuers are generated here)
    if (iss.startsWith('did:')) {
      const own = iss.startsWith('did:key:') ? didKeyJwk(iss) : null;
      if (!own || ['kty', 'crv', 'x', 'y', 'n', 'e'].some((k) => (own[k] ?? null) !== (jwk[k] ?? null))) return { valid: false, error: 'jwk not issuer' };
    }
  }
  else if (typeof header.kid === 'string') {
    const kid = header.kid.startsWith('#') ? iss + header.kid : header.kid;
    if (!kid.startsWith('did:key:')) return { valid: false, error: 'kid not did:key' };
    if (kid.split('#')[0] !== iss) return { valid: false, error: 'kid not issuer' };
    jwk = didKeyJwk(kid);
    if (!jwk) return { valid: false, error: 'kid key' };
  } else return { valid: false, error: 'no key' };
  try {
    const { d, p, q, dp, dq, qi, ...pub } = jwk;
    const key = await jose.importJWK({ ...pub, alg: undefined }, alg);
    await jose.compactVerify(text, key, { algorithms: [alg] });
    return { valid: true, error: null };
  } catch (e) {
    return { valid: false, error: String(e.code ?? e.message).slice(0, 200) };
  }
}

/** Loads our verifier bundle (wasm-bindgen `--target web` output in dist/) in Node. */
export async function loadOurs() {
  const dist = process.env.CROSSCHECK_DIST || join(root, 'dist');
  let files;
  try {
    files = readdirSync(dist);
  } catch {
    throw new Error('dist/ missing: run scripts/build.sh first');
  }
  const js = files.find((f) => /^verifier(-[0-9a-f]+)?\.js$/.test(f));
  const wasm = files.find((f) => /^verifier(-[0-9a-f]+)?_bg\.wasm$/.test(f));
  if (!js || !wasm) throw new Error(`no verifier bundle in dist/ (${files.filter((f) => f.startsWith('verifier')).join(', ')})`);
  // a copy named .mjs: dist/ has no package.json saying "type": "module"
  const copy = join(mkdtempSync(join(tmpdir(), 'carewise-verifier-')), 'verifier.mjs');
  writeFileSync(copy, readFileSync(join(dist, js)));
  const m = await import(pathToFileURL(copy).href);
  await m.default({ module_or_path: readFileSync(join(dist, wasm)) });
  return { m, js, wasm };
}

/** Our verdict: { valid, reason, report }. */
export function oursVerify(m, text, now = Date.now()) {
  const report = JSON.parse(m.verify(Buffer.from(text, 'utf8'), now, null));
  return { valid: report.signature.state === 'pass', reason: `${report.signature.state}:${report.signature.reason}`, report };
}
