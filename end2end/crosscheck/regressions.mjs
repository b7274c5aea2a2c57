// Prints the reference-signed credentials embedded in src/domain/verify/tests.rs as regression
// tests for what the cross-check found (Ed25519 is deterministic: the output is reproducible).
// Usage: node end2end/crosscheck/regressions.mjs
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { createSignCryptosuite } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { documentLoader, dbVerifyDi } from './lib.mjs';

const kp = await Ed25519Multikey.generate({ seed: new Uint8Array(32).fill(7) });
const did = `did:key:${kp.publicKeyMultibase}`;
kp.id = `${did}#${kp.publicKeyMultibase}`;
kp.controller = did;
const V2 = 'https://www.w3.org/ns/credentials/v2';
const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const base = (ctx, extra) => ({
  '@context': ctx,
  id: 'urn:uuid:7d2c1f9e-0b1a-4c55-9d0e-3f6a2b8c4e11',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: did, type: ['Profile'], name: 'Issuer' },
  validFrom: '2025-01-01T00:00:00Z',
  name: 'Home care basics',
  credentialSubject: { type: ['AchievementSubject'], achievement: { id: 'https://example.org/a/1', type: ['Achievement'], name: 'Home care', description: 'd', criteria: { narrative: 'n' } } },
  ...extra,
});
const cases = {
  direction: ['eddsa-rdfc-2022', base([V2, OB], { name: { '@value': 'رعاية صحية منزلية', '@language': 'ar', '@direction': 'rtl' } })],
  context_language: ['eddsa-rdfc-2022', base([V2, OB, { '@language': 'et', '@direction': 'ltr' }], { name: 'Koduhooldus' })],
  floats: ['eddsa-rdfc-2022', (() => {
    const c = base([V2, OB]);
    c.credentialSubject.achievement.creditsAvailable = 8.361097355373204e24;
    c.credentialSubject.creditsEarned = 95.26492264121771;
    return c;
  })()],
  jcs_inline_context: ['eddsa-jcs-2022', base([V2, OB, { '@language': 'et' }], { name: 'Koduhooldus' })],
};
for (const [name, [suiteName, cred]] of Object.entries(cases)) {
  const cryptosuite = suiteName === 'eddsa-rdfc-2022' ? eddsaRdfc2022 : createSignCryptosuite();
  const suite = new DataIntegrityProof({ signer: kp.signer(), cryptosuite, date: '2025-01-01T00:00:00Z' });
  const signed = await vc.issue({ credential: cred, suite, documentLoader });
  const check = suiteName === 'eddsa-rdfc-2022' ? (await dbVerifyDi(signed)).valid : 'n/a (reference compares @context by identity)';
  console.log(`// ${name}: reference verifies: ${check}\n${JSON.stringify(signed)}\n`);
}
