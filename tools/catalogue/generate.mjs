#!/usr/bin/env node
// Builds the embedded backend's catalogue from
//
//   data/catalogue-plan.csv                      ids, country, area, English title, ESCO
//                                                occupations, achievement id, builds-on, pathway
//   data/careers/esco-occupations-health-ict.csv ESCO preferred labels (English) by URI
//   tools/catalogue/content.mjs                  titles and outcomes in the provider's language,
//                                                workload, level, assessment, prerequisites
//
// → public/api/catalogue.json (the whole list) and public/api/catalogue/<id>.json (one per
// entry), valid against docs/schema/catalogue-{list,entry}.schema.json.
//
// Every input is checked; a problem stops the build and names the record. No dependencies.
//
// Usage:
//   node tools/catalogue/generate.mjs                  write the embedded catalogue
//   node tools/catalogue/generate.mjs --check          exit 1 if the files differ from the data
//   node tools/catalogue/generate.mjs --scale 10000 [--out target/catalogue-10k.json]
//        a large catalogue in the same contract for benches and tests (not shipped): the
//        entries above varied deterministically (provider campus, cohort, dates, workload...)

import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT } from './content.mjs';
import { parseCsv } from '../lib/csv.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ESCO_OCC = 'http://data.europa.eu/esco/occupation/';
const AREAS = ['health', 'it', 'healthtech', 'transversal'];
const PARTICIPATION = ['online', 'blended', 'on-site', 'work-based'];

const problems = [];
const fail = (msg) => problems.push(msg);

// The four fictional providers (see the project seeds: CARE about IT and MIC4VET partners).
const PROVIDERS = {
  NL: {
    lang: 'nl',
    name: 'Zorgcollege Noord',
    region: 'Groningen',
    url: 'https://zorgcollege-noord.example.nl/',
    achievements: 'https://zorgcollege-noord.example.nl/achievements/',
    qa: ['Accredited VET provider (NRTO quality mark), courses reviewed by the Education Inspectorate', 'Erkende mbo-instelling (NRTO-keurmerk), opleidingen getoetst door de Inspectie van het Onderwijs'],
    location: ['Groningen campus and partner care homes', 'Campus Groningen en partnerzorginstellingen'],
    online: ['Online learning environment', 'Online leeromgeving'],
    campuses: [['Groningen', 'Groningen'], ['Assen', 'Drenthe'], ['Leeuwarden', 'Friesland'], ['Emmen', 'Drenthe']],
  },
  EE: {
    lang: 'et',
    name: 'Põhja-Tallinna Tervishoiu- ja Infotehnoloogiakool',
    region: 'Harju',
    url: 'https://tervis-it.example.ee/',
    achievements: 'https://tervis-it.example.ee/achievements/',
    qa: ['Estonian Quality Agency for Education (HAKA), accredited curriculum group', 'Haridusalase Koostöö Kvaliteediagentuur (HAKA), akrediteeritud õppekavarühm'],
    location: ['Tallinn, Põhja-Tallinn campus', 'Tallinn, Põhja-Tallinna õppehoone'],
    online: ['Moodle learning environment', 'Moodle’i õpikeskkond'],
    campuses: [['Tallinn', 'Harju'], ['Tartu', 'Tartu'], ['Pärnu', 'Pärnu'], ['Narva', 'Ida-Viru']],
  },
  FI: {
    lang: 'fi',
    name: 'Äänekosken Hoiva- ja Tietotekniikkaopisto',
    region: 'Keski-Suomi',
    url: 'https://hoiva-it.example.fi/',
    achievements: 'https://hoiva-it.example.fi/achievements/',
    qa: ['Finnish National Agency for Education quality criteria; audited by FINEEC', 'Opetushallituksen laatukriteerit; Kansallisen koulutuksen arviointikeskuksen (Karvi) auditoima'],
    location: ['Äänekoski campus and home care partners', 'Äänekosken kampus ja kotihoidon kumppanit'],
    online: ['Online learning environment', 'Verkko-oppimisympäristö'],
    campuses: [['Äänekoski', 'Keski-Suomi'], ['Jyväskylä', 'Keski-Suomi'], ['Jämsä', 'Keski-Suomi'], ['Kuopio', 'Pohjois-Savo']],
  },
  IT: {
    lang: 'it',
    name: 'Istituto Tecnico Superiore Salute Digitale',
    region: 'Emilia-Romagna',
    url: 'https://salute-digitale.example.it/',
    achievements: 'https://salute-digitale.example.it/achievements/',
    qa: ['Accredited by the Emilia-Romagna Region for vocational training (regional accreditation system)', 'Ente accreditato dalla Regione Emilia-Romagna per la formazione professionale'],
    location: ['Bologna, via dei Mille training centre', 'Bologna, sede formativa di via dei Mille'],
    online: ['Online learning platform', 'Piattaforma di formazione online'],
    campuses: [['Bologna', 'Emilia-Romagna'], ['Modena', 'Emilia-Romagna'], ['Parma', 'Emilia-Romagna'], ['Ferrara', 'Emilia-Romagna']],
  },
};

// Pathways named in the plan: the qualification they lead toward.
const PATHWAYS = {
  'ee-digital-care-assistant': { eqf: 4, q: ['Care worker with digital health skills (vocational qualification)', 'Digioskustega hooldustöötaja (kutseõppe kvalifikatsioon)'] },
  'ee-clinical-it-support': { eqf: 4, q: ['IT support specialist for health care', 'Tervishoiu IT-tugispetsialist'] },
  'fi-digital-home-care': { eqf: 4, q: ['Vocational Qualification in Health and Social Care (practical nurse), digital home care', 'Sosiaali- ja terveysalan perustutkinto (lähihoitaja), digitaalinen kotihoito'] },
  'fi-health-it-technician': { eqf: 4, q: ['Vocational Qualification in Information and Communications Technology, health IT', 'Tieto- ja viestintätekniikan perustutkinto, terveydenhuollon tietotekniikka'] },
  'nl-zorg-ict-assistent': { eqf: 4, q: ['Care ICT assistant (MBO level 4 track)', 'Zorg-ICT-assistent (mbo niveau 4-route)'] },
  'it-tecnico-sanita-digitale': { eqf: 5, q: ['Higher technician for digital health (ITS diploma)', 'Tecnico superiore per la sanità digitale (diploma ITS)'] },
};

// First teaching weeks of 2027, per country (realistic term starts).
const STARTS = {
  NL: ['2027-02-01', '2027-04-12', '2027-09-06'],
  EE: ['2027-01-11', '2027-03-15', '2027-09-01'],
  FI: ['2027-01-18', '2027-03-01', '2027-08-16'],
  IT: ['2027-01-25', '2027-03-22', '2027-10-04'],
};

function loc(en, local, lang) {
  return { en, [lang]: local };
}

function build() {
  const plan = parseCsv(readFileSync(join(root, 'data', 'catalogue-plan.csv'), 'utf8'));
  const esco = new Map(
    parseCsv(readFileSync(join(root, 'data', 'careers', 'esco-occupations-health-ict.csv'), 'utf8')).map((r) => [r.esco_uri, r.preferred_label]),
  );
  const ids = new Set();
  for (const r of plan) {
    if (ids.has(r.id)) fail(`${r.id}: repeated id`);
    ids.add(r.id);
  }
  const pathwayEntries = new Map();
  for (const r of plan) {
    if (!r.pathway) continue;
    if (!PATHWAYS[r.pathway]) fail(`${r.id}: unknown pathway ${r.pathway}`);
    if (!pathwayEntries.has(r.pathway)) pathwayEntries.set(r.pathway, []);
    pathwayEntries.get(r.pathway).push(r.id);
  }
  const entries = [];
  for (const [i, r] of plan.entries()) {
    const c = CONTENT[r.id];
    const p = PROVIDERS[r.country];
    if (!c) {
      fail(`${r.id}: no content in tools/catalogue/content.mjs`);
      continue;
    }
    if (!p) {
      fail(`${r.id}: unknown country ${r.country}`);
      continue;
    }
    if (!AREAS.includes(r.area)) fail(`${r.id}: unknown area ${r.area}`);
    const [ects, eqf, weeks, participation, isced, price] = c.k;
    if (!PARTICIPATION.includes(participation)) fail(`${r.id}: unknown participation ${participation}`);
    const lang = p.lang;
    const occupations = r.esco_occupations
      .split('|')
      .filter(Boolean)
      .map((uri) => {
        if (!uri.startsWith(ESCO_OCC)) fail(`${r.id}: not an ESCO occupation URI: ${uri}`);
        const label = esco.get(uri);
        if (!label) fail(`${r.id}: ESCO occupation not in the CSV: ${uri}`);
        return { uri, label: { en: label } };
      });
    const buildsOn = r.builds_on.split('|').filter(Boolean);
    for (const b of buildsOn) if (!ids.has(b)) fail(`${r.id}: builds on unknown entry ${b}`);
    const slug = r.id.slice(3);
    const starts = STARTS[r.country];
    const e = {
      id: r.id,
      title: loc(r.title_en, c.t, lang),
      summary: loc(
        `${c.o[0][0]}. A ${ects} ECTS micro-credential at EQF level ${eqf} from ${p.name}.`,
        `${c.o[0][1]}. ${summaryLocal(lang, ects, eqf, p.name)}`,
        lang,
      ),
      area: r.area,
      awardingBody: { name: p.name, country: r.country, region: p.region, url: p.url },
      learningOutcomes: c.o.map(([en, l]) => loc(en, l, lang)),
      ects,
      eqfLevel: eqf,
      assessment: { kind: loc(c.a[0], c.a[1], lang), supervised: c.a[2], identityChecked: c.a[3] },
      participation,
      qualityAssurance: loc(p.qa[0], p.qa[1], lang),
      ...(c.p ? { prerequisites: loc(c.p[0], c.p[1], lang) } : {}),
      stackability: {
        standalone: !r.pathway,
        ...(r.pathway
          ? {
              pathway: {
                id: r.pathway,
                qualification: loc(PATHWAYS[r.pathway].q[0], PATHWAYS[r.pathway].q[1], lang),
                eqfLevel: PATHWAYS[r.pathway].eqf,
                entries: pathwayEntries.get(r.pathway),
              },
            }
          : {}),
        buildsOn,
      },
      languages: [lang, ...(c.l ?? [])],
      price: { amount: price, currency: 'EUR' },
      // Two of the three term starts, chosen by position, so that start dates differ.
      startDates: [starts[i % 3], starts[(i + 1) % 3]].sort(),
      durationWeeks: weeks,
      location: participation === 'online' ? loc(p.online[0], p.online[1], lang) : loc(p.location[0], p.location[1], lang),
      iscedF: isced,
      occupations,
      skills: [],
      achievementId: r.achievement_id || `${p.achievements}${slug}`,
    };
    entries.push(e);
  }
  // Interleave the countries (EE, FI, NL, IT, EE, …) so that the unsorted list mixes providers.
  const byCountry = new Map();
  for (const e of entries) {
    const k = e.awardingBody.country;
    if (!byCountry.has(k)) byCountry.set(k, []);
    byCountry.get(k).push(e);
  }
  const mixed = [];
  for (let n = 0; mixed.length < entries.length; n++) for (const list of byCountry.values()) if (list[n]) mixed.push(list[n]);
  return mixed;
}

function summaryLocal(lang, ects, eqf, name) {
  switch (lang) {
    case 'nl':
      return `Een microcredential van ${ects} ECTS op EQF-niveau ${eqf} van ${name}.`;
    case 'et':
      return `${ects} EAP mikrokvalifikatsioon EKR ${eqf}. tasemel, pakkuja ${name}.`;
    case 'fi':
      return `${ects} opintopisteen mikrotutkinto EQF-tasolla ${eqf}, järjestäjä ${name}.`;
    case 'it':
      return `Una microcredenziale da ${ects} ECTS di livello EQF ${eqf}, rilasciata da ${name}.`;
    default:
      throw new Error(`no summary template for ${lang}`);
  }
}

/** A deterministic pseudo-random generator (mulberry32), so the scaled catalogue is reproducible. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` entries in the same contract: the base entries repeated with varied campus, cohort,
 * workload, level, participation, price and dates. Ids stay unique; builds-on and pathways
 * point to entries of the same copy, so stacking still works at scale. */
function scale(base, n) {
  const rand = rng(2027);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const out = [];
  for (let copy = 0; out.length < n; copy++) {
    const suffix = copy === 0 ? '' : `-${copy + 1}`;
    for (const b of base) {
      if (out.length >= n) break;
      const e = structuredClone(b);
      const p = PROVIDERS[e.awardingBody.country];
      if (copy > 0) {
        const [city, region] = p.campuses[copy % p.campuses.length];
        e.id = `${b.id}${suffix}`;
        for (const k of Object.keys(e.title)) e.title[k] = `${b.title[k]} (${city} ${copy + 1})`;
        e.awardingBody.name = `${p.name}, ${city}`;
        e.awardingBody.region = region;
        e.ects = pick([1, 1.5, 2, 3, 4, 5, 6]);
        e.eqfLevel = pick([2, 3, 4, 4, 5, 6]);
        e.participation = pick(PARTICIPATION);
        e.price.amount = rand() < 0.4 ? 0 : Math.round(rand() * 40) * 10;
        const day = new Date(Date.UTC(2027, 0, 4 + Math.floor(rand() * 52) * 7));
        e.startDates = [day.toISOString().slice(0, 10)];
        e.durationWeeks = 1 + Math.floor(rand() * 12);
        e.achievementId = `${b.achievementId}${suffix}`;
        e.stackability.buildsOn = e.stackability.buildsOn.map((x) => `${x}${suffix}`);
        if (e.stackability.pathway) {
          e.stackability.pathway.id += suffix;
          e.stackability.pathway.entries = e.stackability.pathway.entries.map((x) => `${x}${suffix}`);
        }
      }
      out.push(e);
    }
  }
  return out;
}

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const entries = build();
if (problems.length) {
  console.error(`catalogue: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const json = (v) => `${JSON.stringify(v, null, 1)}\n`;

if (opt('scale')) {
  const n = Number(opt('scale'));
  const out = opt('out') ?? join(root, 'target', `catalogue-${n}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(scale(entries, n)));
  console.log(`catalogue: ${n} entries → ${out}`);
} else {
  const listPath = join(root, 'public', 'api', 'catalogue.json');
  const dir = join(root, 'public', 'api', 'catalogue');
  const want = new Map([[listPath, json(entries)], ...entries.map((e) => [join(dir, `${e.id}.json`), json(e)])]);
  if (args.includes('--check')) {
    const have = existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : [];
    const wrong = [...want].filter(([f, text]) => !existsSync(f) || readFileSync(f, 'utf8') !== text).map(([f]) => f);
    const extra = have.filter((f) => !want.has(f));
    if (wrong.length || extra.length) {
      console.error(`catalogue: out of date: ${[...wrong, ...extra].join(', ')} (run node tools/catalogue/generate.mjs)`);
      process.exit(1);
    }
    console.log(`catalogue: ${entries.length} entries, up to date`);
  } else {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [f, text] of want) writeFileSync(f, text);
    console.log(`catalogue: ${entries.length} entries → public/api/catalogue.json and public/api/catalogue/`);
  }
}
