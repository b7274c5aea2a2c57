#!/usr/bin/env node
// Builds the embedded backend's quiz and careers documents from the data files:
//
//   data/careers/riasec-items.csv              IIP RIASEC marker items (public domain, English)
//   data/careers/quiz-content.json             item selection, translations, project-written items
//   data/careers/esco-occupations-health-ict.csv  ESCO occupations (URI, ISCO group, label)
//   data/careers/riasec-by-isco.csv            O*NET-derived interest profiles per ISCO group
//   data/careers/careers-content.json          chosen careers: area, VET route, translations
//   data/catalogue-plan.csv                    catalogue entry ids and their ESCO occupations
//
// → public/api/quiz.json and public/api/careers.json (docs/schema/{quiz,careers}.schema.json).
//
// Every input is checked; a problem stops the build with a message naming the record. A career
// whose ISCO group has no interest scores (ISCO 3511 in this data) is left out and reported.
// No dependencies. Usage:
//   node tools/careers/build.mjs           write the two files
//   node tools/careers/build.mjs --check   exit 1 if the files are not what the data gives

import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../lib/csv.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LANGS = ['en', 'nl', 'et', 'fi', 'it', 'uk'];
const TYPES = ['R', 'I', 'A', 'S', 'E', 'C'];
const AREAS = ['health', 'it', 'healthtech', 'transversal'];
const ESCO = 'http://data.europa.eu/esco/occupation/';

const problems = [];
const notes = [];
const fail = (msg) => problems.push(msg);

const read = (p) => readFileSync(join(root, p), 'utf8');
const csv = (p) => parseCsv(read(p));
const json = (p) => JSON.parse(read(p));

/** A text in every language, or a problem naming what is missing. */
function allLanguages(text, where) {
  for (const l of LANGS) {
    const v = text?.[l];
    if (typeof v !== 'string' || !v.trim()) fail(`${where}: no ${l} text`);
    // Ukrainian is written in Cyrillic; the others in Latin script (names like PACS and Wi-Fi aside).
    else if (l !== 'uk' && /[\u0400-\u04ff]/.test(v)) fail(`${where}.${l}: Cyrillic in a Latin-script language`);
    else if (l === 'uk' && !/[\u0400-\u04ff]/.test(v)) fail(`${where}.uk: not in Cyrillic`);
  }
  return Object.fromEntries(LANGS.map((l) => [l, text?.[l]]));
}

// ---------- quiz ----------
function buildQuiz() {
  const iip = new Map(csv('data/careers/riasec-items.csv').map((r) => [r.id, r]));
  const content = json('data/careers/quiz-content.json');
  const perType = {};
  for (const t of TYPES) {
    const ids = content.selection[t] || [];
    if (ids.length < 5) fail(`quiz: only ${ids.length} IIP items of type ${t} (at least 5)`);
    perType[t] = ids.map((id) => {
      const row = iip.get(id);
      if (!row) fail(`quiz: IIP item ${id} is not in riasec-items.csv`);
      else if (row.riasec_type !== t) fail(`quiz: IIP item ${id} is type ${row.riasec_type}, listed under ${t}`);
      const tr = content.iipTranslations[id] || {};
      return {
        id,
        type: t,
        set: 'iip',
        text: allLanguages({ en: row?.item_text, ...tr }, `quiz item ${id}`),
      };
    });
  }
  const project = {};
  for (const t of TYPES) project[t] = [];
  for (const p of content.projectItems) {
    if (!TYPES.includes(p.type)) fail(`quiz: project item ${p.id} has type ${p.type}`);
    if (!p.id.startsWith('P-')) fail(`quiz: project item ids start with P- (${p.id})`);
    project[p.type]?.push({ id: p.id, type: p.type, set: 'project', text: allLanguages(p.text, `quiz item ${p.id}`) });
  }
  // Rounds of one item per type, R-I-A-S-E-C, mixing the two sets as `rounds` says.
  const items = [];
  const next = { iip: { ...perType }, project: { ...project } };
  for (const t of TYPES) {
    next.iip[t] = [...perType[t]];
    next.project[t] = [...project[t]];
  }
  for (const set of content.rounds) {
    for (const t of TYPES) {
      const item = next[set][t].shift();
      if (!item) fail(`quiz: round of ${set} items has no item of type ${t} left`);
      else items.push(item);
    }
  }
  for (const set of ['iip', 'project'])
    for (const t of TYPES) if (next[set][t].length) fail(`quiz: ${next[set][t].length} ${set} items of type ${t} are not placed in any round`);
  const ids = new Set(items.map((i) => i.id));
  if (ids.size !== items.length) fail('quiz: repeated item id');
  notes.push(`quiz: ${items.length} items (${items.filter((i) => i.set === 'iip').length} IIP, ${items.filter((i) => i.set === 'project').length} project-written)`);
  return { version: content.version, items };
}

// ---------- careers ----------
function buildCareers() {
  const esco = new Map(csv('data/careers/esco-occupations-health-ict.csv').map((r) => [r.esco_uri, r]));
  const profiles = [];
  const scored = new Set();
  for (const r of csv('data/careers/riasec-by-isco.csv')) {
    const scores = TYPES.map((t) => (r[t] === '' ? NaN : Number(r[t])));
    if (scores.some((s) => !Number.isFinite(s))) {
      notes.push(`careers: ISCO ${r.isco_code} (${r.isco_group_label}) has no interest scores; careers in it are left out`);
      continue;
    }
    if (scores.some((s) => s < 1 || s > 7)) fail(`careers: ISCO ${r.isco_code} has a score outside 1–7`);
    profiles.push({ isco: r.isco_code, scores });
    scored.add(r.isco_code);
  }
  const plan = csv('data/catalogue-plan.csv');
  const planIds = new Set(plan.map((p) => p.id));
  const leadsTo = new Map(); // ESCO URI → catalogue ids, in plan order
  for (const p of plan) {
    for (const uri of p.esco_occupations.split('|').filter(Boolean)) {
      if (!leadsTo.has(uri)) leadsTo.set(uri, []);
      leadsTo.get(uri).push(p.id);
    }
  }
  const content = json('data/careers/careers-content.json');
  const careers = [];
  const used = new Set();
  const seen = new Set();
  for (const c of content.careers) {
    const uri = ESCO + c.uri;
    const row = esco.get(uri);
    if (seen.has(c.id)) fail(`careers: repeated id ${c.id}`);
    seen.add(c.id);
    if (!row) {
      fail(`careers: ${c.id}: ${uri} is not in esco-occupations-health-ict.csv`);
      continue;
    }
    if (!AREAS.includes(c.area)) fail(`careers: ${c.id}: area ${c.area}`);
    if (!(c.eqf >= 1 && c.eqf <= 8)) fail(`careers: ${c.id}: EQF level ${c.eqf}`);
    if (!(c.months >= 1)) fail(`careers: ${c.id}: duration ${c.months}`);
    if (!scored.has(row.isco_code)) {
      notes.push(`careers: ${c.id} left out: ISCO ${row.isco_code} has no interest profile`);
      continue;
    }
    const entries = leadsTo.get(uri) || [];
    entries.forEach((id) => used.add(id));
    careers.push({
      id: c.id,
      escoUri: uri,
      isco: row.isco_code,
      area: c.area,
      label: allLanguages({ en: row.preferred_label, ...c.label }, `career ${c.id} label`),
      description: allLanguages(c.description, `career ${c.id} description`),
      vetRoute: { eqfLevel: c.eqf, durationMonths: c.months },
      catalogueEntries: entries,
    });
  }
  for (const id of used) if (!planIds.has(id)) fail(`careers: catalogue entry ${id} is not in the plan`);
  const areas = Object.fromEntries(AREAS.map((a) => [a, careers.filter((c) => c.area === a).length]));
  notes.push(`careers: ${careers.length} careers (${Object.entries(areas).map(([a, n]) => `${a} ${n}`).join(', ')}), ${careers.filter((c) => c.catalogueEntries.length).length} with catalogue entries`);
  if (careers.length < 20) fail(`careers: only ${careers.length} careers (at least 20)`);
  // English plan titles, shown only when the catalogue does not have the entry.
  const catalogueTitles = Object.fromEntries(
    plan.filter((p) => used.has(p.id)).map((p) => [p.id, { en: p.title_en }]),
  );
  return { profiles, careers, catalogueTitles };
}

const outputs = {
  'public/api/quiz.json': buildQuiz(),
  'public/api/careers.json': buildCareers(),
};

if (problems.length) {
  console.error(problems.map((p) => `error: ${p}`).join('\n'));
  process.exit(1);
}
for (const n of notes) console.log(n);

const check = process.argv.includes('--check');
let stale = 0;
for (const [path, doc] of Object.entries(outputs)) {
  const text = JSON.stringify(doc, null, 1) + '\n';
  if (check) {
    let current = '';
    try {
      current = read(path);
    } catch {
      /* missing */
    }
    if (current !== text) {
      console.error(`${path} is out of date: run node tools/careers/build.mjs`);
      stale++;
    }
  } else {
    writeFileSync(join(root, path), text);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale ? 1 : 0);
