// Cross-check of our verifier (the dist/ wasm bundle, run in Node) against the Digital Bazaar
// reference libraries on credentials generated here: seeded, so a run is reproducible.
//
// Each generated Open Badges 3.0 credential gets one variation before signing (unicode, nested
// arrays, numbers, language values, empty and long strings, extra OB fields, undefined terms …)
// and is secured with eddsa-rdfc-2022 or eddsa-jcs-2022 (DataIntegrityProof, signed by
// @digitalbazaar/data-integrity) or as a VC-JWT (jose: EdDSA / ES256 / RS256, key as `jwk` in the
// header or as a did:key `kid`). The signed file and tampered copies of it (field edits, unicode
// normalisation, key order, whitespace, proof byte flips, another issuer's key …) are verified by
// both sides; the signature verdicts (valid / invalid) must agree on every file.
//
// Usage: node end2end/crosscheck/crosscheck.mjs [--seed 1] [--n 300] [--quiet]
// Disagreements are written to end2end/crosscheck/out/ (git-ignored); exit code 1 if any.
import { writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import crypto from 'node:crypto';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { createSignCryptosuite as jcsSignSuite } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as jose from 'jose';
import { documentLoader, dbVerifyDi, specVerifyJcs, DB_JCS_CONTEXT_IDENTITY, refVerifyJwt, loadOurs, oursVerify, b58encode, b58decode } from './lib.mjs';

const args = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const SEED = Number(arg('seed', 1));
const N = Number(arg('n', 300));
const QUIET = args.includes('--quiet');
const outDir = join(dirname(fileURLToPath(import.meta.url)), 'out');

// --- seeded PRNG (mulberry32)
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = prng(SEED);
const int = (n) => Math.floor(rnd() * n);
const pick = (a) => a[int(a.length)];
const chance = (p) => rnd() < p;
const bytes = (n) => Uint8Array.from({ length: n }, () => int(256));
const uuid = () => {
  const h = Buffer.from(bytes(16)).toString('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};
function shuffle(a) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// --- keys (deterministic from the seed, except RSA)
async function edIssuer(i) {
  const seed = bytes(32);
  const kp = await Ed25519Multikey.generate({ seed });
  const fp = kp.publicKeyMultibase;
  const did = `did:key:${fp}`;
  kp.id = `${did}#${fp}`;
  kp.controller = did;
  const priv = crypto.createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
  const jwk = priv.export({ format: 'jwk' });
  return { name: `Issuer ${i}`, did, vm: kp.id, kp, jwk, alg: 'EdDSA', key: await jose.importJWK(jwk, 'EdDSA') };
}
async function p256Issuer(i) {
  const ecdh = crypto.createECDH('prime256v1');
  ecdh.setPrivateKey(Buffer.from(bytes(32)));
  const pub = ecdh.getPublicKey(null, 'uncompressed');
  const jwk = { kty: 'EC', crv: 'P-256', x: pub.subarray(1, 33).toString('base64url'), y: pub.subarray(33).toString('base64url'), d: ecdh.getPrivateKey().toString('base64url') };
  const fp = 'z' + b58encode(Uint8Array.from([0x80, 0x24, ...ecdh.getPublicKey(null, 'compressed')]));
  const did = `did:key:${fp}`;
  return { name: `P-256 issuer ${i}`, did, vm: `${did}#${fp}`, jwk, alg: 'ES256', key: await jose.importJWK(jwk, 'ES256') };
}
function rsaIssuer(i, bits) {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: bits });
  const jwk = privateKey.export({ format: 'jwk' });
  return { name: `RSA issuer ${i}`, did: `https://rsa${i}.example.org/issuers/1`, jwk, alg: 'RS256', key: privateKey };
}
const publicJwk = ({ d, p, q, dp, dq, qi, ...pub }) => pub;

// --- strings with awkward unicode
const UNICODE = [
  'Põhja-Tallinna Tervishoiu- ja Infotehnoloogiakool',
  'Äänekosken Hoiva- ja Tietotekniikkaopisto',
  'Cafe\u0301 cre\u0300me bru\u0302le\u0301e', // NFD combining marks
  'Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e', // NFC
  'Z\u0351\u0358a\u0315\u0327l\u0322\u0337g\u0334o\u0335', // stacked combining marks
  '👩🏽‍⚕️ care 🧑‍🦽 🏳️‍🌈 🇪🇪🇫🇮 👨‍👩‍👧‍👦',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛 𐍈 𓀀', // astral plane
  'رعاية صحية منزلية \u200f(مستوى 4)\u200f',
  'טיפול ביתי — רמה 4 \u202bמוטמע\u202c',
  '介護福祉士 基礎研修 — 第4段階（ＥＱＦ）',
  '간호 조무사 기초 과정',
  'Ελληνικά: φροντίδα ηλικιωμένων',
  'Кириллица: уход за пожилыми',
  'zero\u200bwidth\u200c\u200djoiner\ufeffbom',
  'tab\there, newline\nthere, cr\r, bell\u0007, del\u007f, nel\u0085, ls\u2028ps\u2029',
  'quotes "double" \'single\' back\\slash </script><b>x</b> &amp;',
  'ﬁ ligature, Å (U+212B) vs Å, Ω (U+2126), ½ ⅓, ｆｕｌｌ',
  'नमस्ते देवनागरी स्वास्थ्य',
  'ไทย การดูแล',
];
const pickText = () => pick(UNICODE);
const longText = () => Array.from({ length: 50 + int(400) }, () => pickText()).join(' ');

// --- numbers: where the JSON-LD / JCS number rules bite
const NUMBERS = [0, 1, 3, 60, 1.5, 0.5, 2.25, 7.5, 0.1, 0.2, 0.3, 2.675, 1e-7, 5e-7, 1.5e-7, 0.000001, 123456.789, 1e21, 1e20, 9007199254740993, 1.7976931348623157e308, 5e-324, 3.0000000000000004, 33.333333333333336, -2.5, -0];
const randomDouble = () => pick([() => rnd() * 100, () => rnd() * 1e-5, () => rnd() * 1e25, () => Math.round(rnd() * 1e6) / 1000, () => int(1000) / 7]) ();
const pickNumber = () => (chance(0.5) ? pick(NUMBERS) : randomDouble());

// --- credentials
const PRE = ['plain', 'unicode', 'nfd-names', 'nested', 'numbers', 'optional', 'lang-values', 'direction', 'empty', 'long', 'undefined-term', 'array-of-arrays', 'context-language', 'context-direction', 'v1'];

function alignment() {
  const a = { type: ['Alignment'], targetName: pickText(), targetUrl: `https://example.org/frameworks/${int(1000)}` };
  if (chance(0.6)) a.targetFramework = pickText();
  if (chance(0.5)) a.targetCode = String(int(100));
  if (chance(0.5)) a.targetType = pick(['ext:EQFLevel', 'ext:ESCOOccupation', 'CFItem', 'CTDL']);
  if (chance(0.3)) a.targetDescription = pickText();
  return a;
}

function credential(kind, issuer, { v1 = false, jwt = false } = {}) {
  const now = Date.now();
  const day = 86400e3;
  const from = new Date(now - (1 + int(900)) * day).toISOString().replace(/\.\d+Z$/, 'Z');
  const until = new Date(now + (30 + int(3000)) * day).toISOString().replace(/\.\d+Z$/, 'Z');
  const ctx = v1
    ? ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', 'https://w3id.org/security/data-integrity/v2']
    : ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];
  const achievement = {
    id: `https://example.org/achievements/${int(1e6)}`,
    type: ['Achievement'],
    name: 'Home care basics',
    description: 'Introduces home care documentation.',
    criteria: { narrative: 'Passed the practical assessment.' },
  };
  const c = {
    '@context': ctx,
    id: uuid(),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'Home care basics',
    issuer: { id: issuer.did, type: ['Profile'], name: issuer.name },
  };
  if (v1) {
    c.issuanceDate = from;
    if (chance(0.5)) c.expirationDate = until;
  } else {
    c.validFrom = from;
    if (chance(0.6)) c.validUntil = until;
  }
  c.credentialSubject = { id: uuid(), type: ['AchievementSubject'], achievement };
  const ach = achievement;
  switch (kind) {
    case 'unicode':
      c.name = pickText();
      ach.name = pickText();
      ach.description = Array.from({ length: 1 + int(4) }, pickText).join(' ');
      c.issuer.name = pickText();
      ach.criteria.narrative = pickText();
      break;
    case 'nfd-names': {
      const t = pickText();
      c.name = t.normalize('NFD');
      ach.name = t.normalize('NFC');
      ach.description = `${t.normalize('NFKD')} / ${t.normalize('NFKC')}`;
      break;
    }
    case 'nested':
      ach.alignment = Array.from({ length: 1 + int(5) }, alignment);
      ach.resultDescription = Array.from({ length: 1 + int(3) }, (_, i) => ({
        id: `${ach.id}#rd${i}`,
        type: ['ResultDescription'],
        name: pickText(),
        resultType: pick(['Percent', 'RubricCriterionLevel', 'Status']),
        ...(chance(0.5) ? { allowedValue: Array.from({ length: 1 + int(4) }, () => pickText()) } : {}),
        ...(chance(0.5)
          ? { rubricCriterionLevel: Array.from({ length: 1 + int(3) }, (_, j) => ({ id: `${ach.id}#rd${i}l${j}`, type: ['RubricCriterionLevel'], name: pickText(), alignment: [alignment()] })) }
          : {}),
      }));
      c.credentialSubject.result = [{ type: ['Result'], resultDescription: `${ach.id}#rd0`, value: String(int(100)), ...(chance(0.5) ? { alignment: [alignment(), alignment()] } : {}) }];
      ach.criteria = { id: `${ach.id}#criteria`, narrative: pickText() };
      if (chance(0.5)) ach.related = [{ id: `https://example.org/achievements/${int(1e6)}`, type: ['Related'], inLanguage: pick(['en', 'et', 'fi']) }];
      break;
    case 'numbers':
      ach.creditsAvailable = pickNumber();
      if (chance(0.5)) c.credentialSubject.creditsEarned = pickNumber();
      if (!v1 && chance(0.5)) c.credentialSubject.customScore = pickNumber(); // @vocab term: xsd:double / xsd:integer
      if (chance(0.3)) c.credentialSubject.result = [{ type: ['Result'], value: String(pickNumber()) }];
      break;
    case 'optional':
      Object.assign(ach, {
        achievementType: pick(['MicroCredential', 'Course', 'Certificate', 'Competency']),
        humanCode: `HC-${int(1000)}`,
        fieldOfStudy: pickText(),
        specialization: pickText(),
        inLanguage: pick(['et', 'fi', 'en-GB']),
        version: `${int(5)}.${int(10)}`,
        tag: Array.from({ length: int(5) }, pickText),
        image: { id: `https://example.org/img/${int(1000)}.png`, type: 'Image', caption: pickText() },
        creator: { id: issuer.did, type: ['Profile'], name: issuer.name },
      });
      c.issuer.url = 'https://example.org';
      c.issuer.email = 'info@example.org';
      c.issuer.address = { type: ['Address'], addressCountry: pickText(), addressCountryCode: 'EE', postalCode: String(10000 + int(90000)) };
      c.awardedDate = c.validFrom ?? c.issuanceDate;
      c.credentialSubject.identifier = [{ type: 'IdentityObject', hashed: chance(0.5), identityHash: pickText(), identityType: 'name', ...(chance(0.5) ? { salt: 'salt' } : {}) }];
      if (chance(0.5)) c.evidence = [{ id: `https://example.org/evidence/${int(1000)}`, type: ['Evidence'], name: pickText(), narrative: pickText() }];
      break;
    case 'lang-values':
      c.name = { '@value': pickText(), '@language': pick(['et', 'fi', 'en', 'ar', 'ja', 'EN-gb']) };
      ach.description = [
        { '@value': pickText(), '@language': 'et' },
        { '@value': pickText(), '@language': 'fi' },
      ];
      break;
    case 'direction':
      c.name = { '@value': pick(UNICODE.slice(7, 9)), '@language': pick(['ar', 'he']), '@direction': 'rtl' };
      break;
    case 'empty':
      c.name = '';
      ach.description = '';
      ach.tag = [];
      if (chance(0.5)) ach.alignment = [];
      ach.criteria = { narrative: '' };
      break;
    case 'long':
      ach.description = longText();
      ach.criteria.narrative = longText();
      break;
    case 'undefined-term':
      // VC 2.0: the context's @vocab makes these issuer-dependent IRIs; VC 1.1 has none.
      c.carewiseExtra = pickText();
      ach.localNote = { kind: pickText(), level: int(10) };
      break;
    case 'context-language':
      // an inline context after the protected ones: a default language for plain strings
      c['@context'] = [...c['@context'], { '@language': pick(['et', 'fi', 'en-GB']) }];
      ach.description = pickText();
      if (chance(0.5)) c.name = { '@value': pickText(), '@language': 'ja' };
      break;
    case 'context-direction':
      c['@context'] = [...c['@context'], { '@language': pick(['ar', 'he']), '@direction': pick(['rtl', 'ltr']) }];
      ach.name = pick(UNICODE.slice(7, 9));
      break;
    case 'array-of-arrays':
      ach.tag = [[pickText(), pickText()], [pickText()], []];
      ach.alignment = [[alignment()], [alignment(), [alignment()]]];
      break;
  }
  if (jwt && kind === 'plain' && chance(0.3)) delete c.credentialSubject.id;
  return c;
}

// --- securing
// Safe mode off: what an issuer whose JSON-LD step silently drops undefined terms would sign.
const lenientRdfc = { ...eddsaRdfc2022, canonize: (input, options) => eddsaRdfc2022.canonize(input, { ...options, safe: false }) };
async function signDi(cred, issuer, suiteName, created, lenient = false) {
  const cryptosuite = suiteName === 'eddsa-rdfc-2022' ? (lenient ? lenientRdfc : eddsaRdfc2022) : jcsSignSuite();
  const suite = new DataIntegrityProof({ signer: issuer.kp.signer(), cryptosuite, date: created });
  return vc.issue({ credential: structuredClone(cred), suite, documentLoader });
}

async function signJwt(cred, issuer, { keyIn, style, claimsOff }) {
  const header = { alg: issuer.alg, typ: style === 'vc-claim' ? 'JWT' : 'vc+jwt' };
  if (keyIn === 'jwk') header.jwk = publicJwk(issuer.jwk);
  else header.kid = keyIn === 'kid-relative' ? `#${issuer.vm.split('#')[1]}` : issuer.vm;
  let payload;
  if (style === 'vc-claim') {
    const nbf = Math.floor(Date.parse(cred.validFrom ?? cred.issuanceDate) / 1000);
    payload = { iss: cred.issuer.id, jti: cred.id, nbf, vc: cred };
    if (cred.credentialSubject.id) payload.sub = cred.credentialSubject.id;
    if (claimsOff === 'iss') payload.iss = 'did:example:someone-else';
    if (claimsOff === 'jti') payload.jti = 'urn:uuid:00000000-0000-4000-a000-000000000000';
  } else payload = cred;
  if (issuer.weak) {
    // jose will not sign with an RSA key under 2048 bits: sign by hand (RS256 = PKCS#1 v1.5, SHA-256)
    const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    return `${input}.${crypto.sign('sha256', Buffer.from(input), issuer.key).toString('base64url')}`;
  }
  return new jose.CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader(header).sign(issuer.key);
}

// --- tampering
function leaves(obj, path = [], out = []) {
  if (Array.isArray(obj)) obj.forEach((v, i) => leaves(v, [...path, i], out));
  else if (obj && typeof obj === 'object') {
    for (const [k, v] of Object.entries(obj)) if (k !== '@context' && k !== 'proof') leaves(v, [...path, k], out);
  } else out.push(path);
  return out;
}
const getAt = (o, p) => p.reduce((x, k) => x[k], o);
function setAt(o, p, v) {
  getAt(o, p.slice(0, -1))[p[p.length - 1]] = v;
}
function editValue(v) {
  if (typeof v === 'string') {
    if (v === '') return 'x';
    const i = int(v.length);
    const c = v.charCodeAt(i);
    return v.slice(0, i) + String.fromCharCode(c === 0x61 ? 0x62 : 0x61) + v.slice(i + 1);
  }
  if (typeof v === 'number') return v + 1;
  if (typeof v === 'boolean') return !v;
  return 'x';
}
function reorder(v) {
  if (Array.isArray(v)) return v.map(reorder);
  if (v && typeof v === 'object') return Object.fromEntries(shuffle(Object.entries(v)).map(([k, x]) => [k, reorder(x)]));
  return v;
}
function flipB58(s) {
  const b = b58decode(s.slice(1));
  b[int(b.length)] ^= 1 << int(8);
  return 'z' + b58encode(b);
}
const DI_TAMPER = ['none', 'edit-field', 'nfc-nfd', 'reorder-keys', 'whitespace', 'reorder-arrays', 'duplicate-array-item', 'proofvalue-flip', 'other-issuer-key', 'other-issuer-and-key', 'created', 'remove-field', 'add-undefined-term', 'append-context', 'flip-direction'];
const VALID_AFTER = new Set(['none', 'reorder-keys', 'whitespace']);

/** A tampered copy of a signed JSON credential: { text, expect } or null if it does not apply. */
function tamperDi(signed, kind, others) {
  const c = structuredClone(signed);
  const rdfc = c.proof.cryptosuite === 'eddsa-rdfc-2022';
  let expect = VALID_AFTER.has(kind) ? 'valid' : 'invalid';
  switch (kind) {
    case 'none':
      break;
    case 'edit-field': {
      const p = pick(leaves(c));
      setAt(c, p, editValue(getAt(c, p)));
      break;
    }
    case 'nfc-nfd': {
      const ps = leaves(c).filter((p) => typeof getAt(c, p) === 'string' && (getAt(c, p).normalize('NFD') !== getAt(c, p) || getAt(c, p).normalize('NFC') !== getAt(c, p)));
      if (!ps.length) return null;
      const p = pick(ps);
      const v = getAt(c, p);
      setAt(c, p, v.normalize('NFD') !== v ? v.normalize('NFD') : v.normalize('NFC'));
      break;
    }
    case 'reorder-keys':
      return { text: JSON.stringify(reorder(c)), expect };
    case 'whitespace':
      return { text: `${pick(['', '\n', '  \r\n\t'])}${JSON.stringify(c, null, pick([0, 1, 2, 4, '\t'])).replace(/\n/g, pick(['\n', '\r\n']))}${pick(['', '\n', ' \n\n'])}`, expect };
    case 'reorder-arrays': {
      // sets in JSON-LD: order is not signed under RDFC, it is under JCS
      const arrays = [];
      const walk = (v) => {
        if (Array.isArray(v)) {
          if (v.length > 1 && new Set(v.map((x) => JSON.stringify(x))).size === v.length) arrays.push(v);
          v.forEach(walk);
        } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== '@context' && k !== 'proof') walk(x);
      };
      walk(c);
      if (!arrays.length) return null;
      pick(arrays).reverse();
      expect = rdfc ? 'valid' : 'invalid';
      break;
    }
    case 'duplicate-array-item': {
      // RDF is a set of quads: a repeated literal or IRI adds nothing under RDFC
      const ps = leaves(c).filter((p) => typeof p[p.length - 1] === 'number' && typeof getAt(c, p) === 'string' && p[p.length - 2] !== 'type');
      if (!ps.length) return null;
      const p = pick(ps);
      getAt(c, p.slice(0, -1)).push(getAt(c, p));
      expect = rdfc ? 'valid' : 'invalid';
      break;
    }
    case 'proofvalue-flip':
      c.proof.proofValue = flipB58(c.proof.proofValue);
      break;
    case 'other-issuer-key':
      c.proof.verificationMethod = pick(others).vm;
      break;
    case 'other-issuer-and-key': {
      const o = pick(others);
      c.proof.verificationMethod = o.vm;
      c.issuer.id = o.did;
      break;
    }
    case 'created':
      c.proof.created = new Date(Date.parse(c.proof.created) + 1000).toISOString().replace(/\.\d+Z$/, 'Z');
      break;
    case 'remove-field': {
      const ps = leaves(c).filter((p) => p.length > 1 && !['id', 'type'].includes(p[p.length - 1]) && p[0] !== 'issuer');
      if (!ps.length) return null;
      const p = pick(ps);
      const parent = getAt(c, p.slice(0, -1));
      if (Array.isArray(parent)) parent.splice(p[p.length - 1], 1);
      else delete parent[p[p.length - 1]];
      break;
    }
    case 'add-undefined-term':
      (chance(0.5) ? c : c.credentialSubject.achievement).addedAfterSigning = pickText();
      break;
    case 'flip-direction': {
      // a base direction is signed (rdfDirection 'i18n-datatype' in the reference's RDFC suite)
      const txt = JSON.stringify(c);
      if (!txt.includes('"@direction"')) return null;
      return { text: txt.replace(/"@direction":"(rtl|ltr)"/, (_, d) => `"@direction":"${d === 'rtl' ? 'ltr' : 'rtl'}"`), expect: 'invalid' };
    }
    case 'append-context':
      // eddsa-jcs-2022 proofs carry the document's @context; a context appended after signing
      // is not covered (vc-di-eddsa, verify step: the document context must start with the
      // proof's, and the proof's replaces it). Under RDFC, appending a context that defines
      // nothing used leaves the quads unchanged.
      c['@context'] = [...c['@context'], 'https://w3id.org/security/multikey/v1'];
      expect = 'valid';
      break;
  }
  return { text: JSON.stringify(c), expect };
}

const JWT_TAMPER = ['none', 'payload-edit', 'payload-reencode', 'header-alg', 'signature-flip', 'drop-signature'];
function tamperJwt(token, kind) {
  const [h, p, s] = token.split('.');
  const dec = (x) => JSON.parse(Buffer.from(x, 'base64url').toString('utf8'));
  const enc = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  switch (kind) {
    case 'none':
      return { text: token, expect: 'valid' };
    case 'payload-edit': {
      const o = dec(p);
      const cred = o.vc ?? o;
      const pth = pick(leaves(cred));
      setAt(cred, pth, editValue(getAt(cred, pth)));
      return { text: `${h}.${enc(o)}.${s}`, expect: 'invalid' };
    }
    case 'payload-reencode': {
      // same claims, different bytes (whitespace): the JWS signs the bytes
      const o = dec(p);
      return { text: `${h}.${Buffer.from(JSON.stringify(o, null, 1)).toString('base64url')}.${s}`, expect: 'invalid' };
    }
    case 'header-alg': {
      const o = dec(h);
      o.alg = pick(['EdDSA', 'ES256', 'RS256', 'none', 'HS256', 'ES384', 'PS256'].filter((a) => a !== o.alg));
      return { text: `${enc(o)}.${p}.${o.alg === 'none' && chance(0.5) ? '' : s}`, expect: 'invalid' };
    }
    case 'signature-flip': {
      const b = Buffer.from(s, 'base64url');
      b[int(b.length)] ^= 1 << int(8);
      return { text: `${h}.${p}.${b.toString('base64url')}`, expect: 'invalid' };
    }
    case 'drop-signature':
      return { text: `${h}.${p}.`, expect: 'invalid' };
  }
  return null;
}

// --- the run
const { m } = await loadOurs();
rmSync(outDir, { recursive: true, force: true });
const t0 = performance.now();
const eds = [];
for (let i = 0; i < 4; i++) eds.push(await edIssuer(i));
const p256s = [await p256Issuer(0), await p256Issuer(1)];
const rsas = [rsaIssuer(0, 2048), rsaIssuer(1, 2048)];
const weakRsa = { ...rsaIssuer(9, 1024), weak: true };

const stats = new Map(); // row -> {n, agree, bothValid, bothInvalid, unexpected}
const disagreements = [];
let total = 0;
function record(row, file, db, ours, expect, meta) {
  total++;
  const s = stats.get(row) ?? { n: 0, agree: 0, valid: 0, invalid: 0, unexpected: 0 };
  stats.set(row, s);
  s.n++;
  if (db.valid === ours.valid) {
    s.agree++;
    s[db.valid ? 'valid' : 'invalid']++;
    if (expect && (expect === 'valid') !== db.valid) s.unexpected++;
  } else {
    const id = String(disagreements.length + 1).padStart(3, '0');
    disagreements.push({ id, row, db, ours: { valid: ours.valid, reason: ours.reason }, meta });
    mkdirSync(outDir, { recursive: true });
    const ext = file.trim().startsWith('{') ? 'json' : 'jwt';
    writeFileSync(join(outDir, `${id}-${row.replace(/[^a-z0-9]+/gi, '_')}.${ext}`), file);
    writeFileSync(join(outDir, `${id}-verdicts.json`), JSON.stringify({ row, meta, db, ours: ours.report }, null, 2));
  }
}

let signRefused = 0;
let jcsIdentity = 0;
const refusals = new Map();
for (let i = 0; i < N; i++) {
  const securing = pick(['rdfc', 'rdfc', 'rdfc', 'rdfc', 'jcs', 'jcs', 'jwt', 'jwt', 'jwt']);
  const pre = pick(PRE);
  const v1 = pre === 'v1' || (securing !== 'jwt' && chance(0.15));
  if (securing !== 'jwt') {
    const suiteName = securing === 'rdfc' ? 'eddsa-rdfc-2022' : 'eddsa-jcs-2022';
    const issuer = pick(eds);
    const cred = credential(pre, issuer, { v1 });
    let signed;
    let lenient = false;
    const created = new Date(Date.now() - int(1e9)).toISOString().replace(/\.\d+Z$/, 'Z');
    try {
      signed = await signDi(cred, issuer, suiteName, created);
    } catch (e) {
      // the reference refuses to sign (safe mode: a term no context defines): sign it with safe
      // mode off — both verifiers must then refuse it (the dropped term is not signed)
      const why = String(e.message).slice(0, 80);
      const k = `${suiteName} ${pre}${v1 ? ' v1.1' : ''}: ${why}`;
      refusals.set(k, (refusals.get(k) ?? 0) + 1);
      signRefused++;
      if (!why.startsWith('Safe mode')) continue;
      signed = await signDi(cred, issuer, suiteName, created, true);
      lenient = true;
    }
    const others = eds.filter((e) => e !== issuer);
    const kinds = lenient ? ['none'] : ['none', ...shuffle(DI_TAMPER.slice(1)).slice(0, 2)];
    for (const t of kinds) {
      const tampered = tamperDi(signed, t, others);
      if (tampered && lenient) tampered.expect = 'invalid';
      if (!tampered) continue;
      let db = await dbVerifyDi(JSON.parse(tampered.text));
      if (db.error?.includes(DB_JCS_CONTEXT_IDENTITY)) {
        db = { ...specVerifyJcs(JSON.parse(tampered.text)), by: 'spec' };
        jcsIdentity++;
      }
      const ours = oursVerify(m, tampered.text);
      const row = `${suiteName}${v1 ? ' v1.1' : ''} | ${t === 'none' ? `pre: ${pre}${lenient ? ' (signed, safe mode off)' : ''}` : `after: ${t}`}`;
      record(row, tampered.text, db, ours, tampered.expect, { i, pre, t, suiteName, v1 });
    }
  } else {
    const which = pick(['ed-jwk', 'ed-jwk', 'ed-kid', 'ed-kid-relative', 'es-jwk', 'es-kid', 'rs-jwk', 'rs-jwk', 'rs-weak']);
    const issuer = which.startsWith('ed') ? pick(eds) : which.startsWith('es') ? pick(p256s) : which === 'rs-weak' ? weakRsa : pick(rsas);
    const keyIn = which.endsWith('jwk') || which === 'rs-weak' ? 'jwk' : which.endsWith('relative') ? 'kid-relative' : 'kid';
    const style = chance(0.5) ? 'vc-claim' : 'vc-jose';
    const claimsOff = style === 'vc-claim' && chance(0.1) ? pick(['iss', 'jti']) : null;
    const jpre = pre === 'v1' ? 'plain' : pre;
    const cred = credential(jpre, issuer, { v1, jwt: true });
    const token = await signJwt(cred, issuer, { keyIn, style, claimsOff });
    const kinds = ['none', ...shuffle(JWT_TAMPER.slice(1)).slice(0, 2)];
    const algName = { EdDSA: 'EdDSA', ES256: 'ES256', RS256: which === 'rs-weak' ? 'RS256-1024' : 'RS256' }[issuer.alg];
    for (const t of kinds) {
      const tampered = tamperJwt(token, t);
      const db = await refVerifyJwt(tampered.text);
      const ours = oursVerify(m, tampered.text);
      const expect = which === 'rs-weak' || claimsOff ? 'invalid' : tampered.expect;
      const row = `VC-JWT ${algName} ${keyIn}${claimsOff ? ` ${claimsOff}≠` : ''} | ${t === 'none' ? `pre: ${style}` : `after: ${t}`}`;
      record(row, tampered.text, db, ours, expect, { i, pre: jpre, t, which, style, claimsOff });
    }
  }
}
const secs = (performance.now() - t0) / 1000;

// --- report
const rows = [...stats.entries()].sort(([a], [b]) => a.localeCompare(b));
const w = Math.max(...rows.map(([r]) => r.length), 10);
if (!QUIET) {
  console.log(`${'variation'.padEnd(w)}  files  agree  valid  invalid  unexpected`);
  for (const [r, s] of rows) console.log(`${r.padEnd(w)}  ${String(s.n).padStart(5)}  ${String(s.agree).padStart(5)}  ${String(s.valid).padStart(5)}  ${String(s.invalid).padStart(7)}  ${String(s.unexpected || '').padStart(10)}`);
}
// summary per variation kind (across securing methods)
const byKind = new Map();
for (const [r, s] of rows) {
  const k = r.split(' | ')[1];
  const b = byKind.get(k) ?? { n: 0, agree: 0 };
  b.n += s.n;
  b.agree += s.agree;
  byKind.set(k, b);
}
console.log('\nper variation kind (all securing methods):');
for (const [k, b] of [...byKind.entries()].sort()) console.log(`  ${k.padEnd(34)} ${String(b.agree).padStart(4)}/${b.n}`);
const bySec = new Map();
for (const [r, s] of rows) {
  const k = r.split(' | ')[0].replace(/ (iss|jti)≠$/, '');
  const b = bySec.get(k) ?? { n: 0, agree: 0 };
  b.n += s.n;
  b.agree += s.agree;
  bySec.set(k, b);
}
console.log('per securing method:');
for (const [k, b] of [...bySec.entries()].sort()) console.log(`  ${k.padEnd(34)} ${String(b.agree).padStart(4)}/${b.n}`);
if (signRefused) {
  console.log(`\nthe reference refused to sign ${signRefused} generated credentials (those refused by safe mode were signed with it off and verified as "pre: … (signed, safe mode off)"):`);
  for (const [k, n] of refusals) console.log(`  ${n} × ${k}`);
}
if (jcsIdentity) console.log(`\n${jcsIdentity} eddsa-jcs-2022 files with an inline @context object: the reference rejects them all ("${DB_JCS_CONTEXT_IDENTITY}", it compares the entries by identity); compared with the vc-di-eddsa algorithm instead (specVerifyJcs)`);
const unexpected = rows.reduce((a, [, s]) => a + s.unexpected, 0);
console.log(`\ncross-check seed ${SEED}: ${N} credentials, ${total} files verified by both, ${total - disagreements.length} agree, ${disagreements.length} disagree` + (unexpected ? ` (${unexpected} agreed on a verdict other than the expected one)` : '') + ` — ${secs.toFixed(1)} s`);
for (const d of disagreements) console.log(`DISAGREE ${d.id} ${d.row}: reference ${d.db.valid ? 'valid' : 'invalid'} (${d.db.error ?? ''}), ours ${d.ours.valid ? 'valid' : 'invalid'} (${d.ours.reason}) → out/${d.id}-*`);
console.log(`crosscheck: ${total - disagreements.length} passed, ${disagreements.length} failed`);
if (disagreements.length) process.exit(1);
