#!/usr/bin/env node
// A second, live backend for the end-to-end suite, on another origin. It follows the same
// contract as the embedded static backend (docs/api.md) but the way a real server would:
// no `.json` suffix, server-side search and paging of the catalogue, CORS, and a real
// POST /signups that honours the Idempotency-Key header.
//
// Test hooks (not part of the contract), under /__test/:
//   GET  /__test/signups            → { "<key>": <number of POSTs seen>, ... } and the stored bodies
//   GET  /__test/attempts           → every POST per idempotency key, failed ones included
//   POST /__test/signups/fail?n=3   → the next n POSTs to /signups answer 500
//   POST /__test/signups/down?on=1  → /signups drops connections until ?on=0
//   POST /__test/reset              → forget everything
//
// Usage: node end2end/servers/backend.mjs [--port 8091] [--data public/api] [--catalogue file.json]

import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const port = Number(opt('port', '8091'));
const dataDir = resolve(opt('data', join(here, '..', '..', 'public', 'api')));
const catalogueFile = resolve(opt('catalogue', join(dataDir, 'catalogue.json')));

const load = (name) => JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
const catalogue = JSON.parse(readFileSync(catalogueFile, 'utf8'));

// Same folding as the client: lower case, no diacritics.
const fold = (s) => String(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const texts = (v) => (v == null ? [] : typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(texts) : typeof v === 'object' ? Object.values(v).flatMap(texts) : []);
const haystack = new Map(
  catalogue.map((e) => [
    e.id,
    fold(
      [e.title, e.summary, e.awardingBody?.name, e.learningOutcomes, (e.skills || []).map((s) => s.label), (e.occupations || []).map((o) => o.label)]
        .flatMap(texts)
        .join(' \u0001 '),
    ),
  ]),
);

// Facets as the app names them: each maps an entry to its values, and a filter value to a test.
const DAY = 86400000;
const nextStart = (e, now) => (e.startDates || []).map((d) => Date.parse(d)).filter((t) => t >= now - DAY).sort((a, b) => a - b)[0];
const ectsBucket = (x) => (typeof x !== 'number' ? [] : x <= 1 ? ['0-1'] : x <= 3 ? ['1-3'] : x <= 6 ? ['3-6'] : ['6-']);
const FACETS = {
  area: (e) => (e.area ? [e.area] : []),
  eqf: (e) => (e.eqfLevel ? [String(e.eqfLevel)] : []),
  ects: (e) => ectsBucket(e.ects),
  country: (e) => (e.awardingBody?.country ? [e.awardingBody.country] : []),
  lang: (e) => e.languages || [],
  mode: (e) => (e.participation ? [e.participation] : []),
  free: (e) => (e.price && e.price.amount === 0 ? ['1'] : []),
  weeks: (e, now) => {
    const t = nextStart(e, now);
    return t === undefined ? [] : ['4', '8', '12', '26'].filter((w) => t - now <= Number(w) * 7 * DAY);
  },
};
function facetFilter(list, params) {
  const now = Date.now();
  const wanted = Object.fromEntries(
    Object.keys(FACETS).map((k) => [k, (params.get(k) || '').split(',').filter(Boolean)]),
  );
  const facets = Object.fromEntries(Object.keys(FACETS).map((k) => [k, {}]));
  const hits = [];
  for (const e of list) {
    const values = Object.fromEntries(Object.entries(FACETS).map(([k, f]) => [k, f(e, now)]));
    const fails = Object.keys(FACETS).filter((k) => wanted[k].length && !wanted[k].some((w) => values[k].includes(w)));
    if (fails.length > 1) continue;
    for (const k of Object.keys(FACETS)) {
      if (fails.length === 0 || fails[0] === k) for (const v of values[k]) facets[k][v] = (facets[k][v] || 0) + 1;
    }
    if (fails.length === 0) hits.push(e);
  }
  return { hits, facets };
}
function sortEntries(list, sort) {
  const title = (e) => fold(typeof e.title === 'string' ? e.title : e.title?.en ?? '');
  const byTitle = (a, b) => (title(a) < title(b) ? -1 : title(a) > title(b) ? 1 : 0);
  const now = Date.now();
  if (sort === 'title') list.sort(byTitle);
  if (sort === 'ects') list.sort((a, b) => (a.ects ?? Infinity) - (b.ects ?? Infinity) || byTitle(a, b));
  if (sort === 'start') list.sort((a, b) => (nextStart(a, now) ?? Infinity) - (nextStart(b, now) ?? Infinity) || byTitle(a, b));
}

const signups = new Map(); // idempotency key → { count, body } (accepted POSTs)
const attempts = new Map(); // idempotency key → { n, name } (every POST that reached us, failed ones too)
let failNext = 0;
let down = false;

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
  'Access-Control-Max-Age': '600',
};

function send(res, status, body, extra = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...CORS, ...extra });
  res.end(text);
}

function readBody(req) {
  return new Promise((ok, fail) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (req.method === 'OPTIONS') return send(res, 204, '');
  try {
    // --- test hooks ---
    if (path === '/__test/reset' && req.method === 'POST') {
      signups.clear();
      attempts.clear();
      failNext = 0;
      down = false;
      return send(res, 200, { ok: true });
    }
    if (path === '/__test/signups' && req.method === 'GET') {
      return send(res, 200, Object.fromEntries([...signups].map(([k, v]) => [k, v])));
    }
    if (path === '/__test/attempts' && req.method === 'GET') {
      return send(res, 200, Object.fromEntries(attempts));
    }
    if (path === '/__test/signups/fail' && req.method === 'POST') {
      failNext = Number(url.searchParams.get('n') || '1');
      return send(res, 200, { failNext });
    }
    if (path === '/__test/signups/down' && req.method === 'POST') {
      down = url.searchParams.get('on') !== '0';
      return send(res, 200, { down });
    }
    if (path === '/health') return send(res, 200, { ok: true });

    // --- the contract ---
    if (path === '/catalogue' && req.method === 'GET') {
      const q = fold(url.searchParams.get('q') || '').trim();
      const page = Math.max(1, Number(url.searchParams.get('page') || '1'));
      const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') || '20')));
      const words = q.split(/\s+/).filter(Boolean);
      const found = catalogue.filter((e) => words.every((w) => haystack.get(e.id)?.includes(w)));
      // Optional facet filters and sort, named as in the app's URL (docs/api.md).
      const { hits, facets } = facetFilter(found, url.searchParams);
      sortEntries(hits, url.searchParams.get('sort'));
      const items = hits.slice((page - 1) * perPage, page * perPage);
      return send(res, 200, { items, total: hits.length, page, perPage, facets });
    }
    const entry = path.match(/^\/catalogue\/([^/]+)$/);
    if (entry && req.method === 'GET') {
      const id = decodeURIComponent(entry[1]);
      const e = catalogue.find((x) => x.id === id);
      return e ? send(res, 200, e) : send(res, 404, { error: 'not found' });
    }
    if (['/careers', '/quiz', '/issuers'].includes(path) && req.method === 'GET') {
      return send(res, 200, load(`${path.slice(1)}.json`));
    }
    if (path === '/signups' && req.method === 'POST') {
      if (down) {
        req.socket.destroy();
        return;
      }
      const key = req.headers['idempotency-key'];
      const text = await readBody(req);
      if (!key) return send(res, 400, { error: 'Idempotency-Key header required' });
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        return send(res, 400, { error: 'body must be JSON' });
      }
      const tried = attempts.get(key) || { n: 0, name: body?.name };
      tried.n += 1;
      attempts.set(key, tried);
      if (failNext > 0) {
        failNext -= 1;
        return send(res, 500, { error: 'injected failure' });
      }
      const seen = signups.get(key);
      if (seen) {
        seen.count += 1;
        return send(res, 200, { status: 'duplicate', idempotencyKey: key });
      }
      signups.set(key, { count: 1, body });
      return send(res, 201, { status: 'accepted', idempotencyKey: key });
    }
    return send(res, 404, { error: 'not found' });
  } catch (e) {
    return send(res, 500, { error: String(e) });
  }
});

server.listen(port, '127.0.0.1', () => console.log(`carewise test backend on http://127.0.0.1:${port}/ (${catalogue.length} catalogue entries)`));
