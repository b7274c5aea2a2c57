// carewise verifier worker (a module worker; see src/state/verifier.rs for the page side).
// Loads the verifier wasm bundle named in the page's first message
//   { init: { js, wasm } }
// (not in this script's URL: served from the service worker's cache, a worker script keeps the
// cached copy's URL, without a query string) and answers
//   { id, bytes: Uint8Array, now: ms, issuers: JSON text | null, offline: bool }
// with
//   { id, report, ms }            (ms: time spent verifying, fetches excluded)
// or { id, error: 'load' }       (the bundle could not be loaded).
// Documents a report `needs` (DID documents, key URLs, status lists) are fetched here — http(s)
// only, no cookies, with a timeout — cached in the wasm with their TTL, and the credential is
// verified again. Offline (or a failed fetch) leaves the status "unknown", never "verified".
let ready = null;
function load(js, wasm) {
  const loading = import(js).then(async (m) => {
    await m.default({ module_or_path: wasm });
    return m;
  });
  loading.catch(() => {}); // reported per request below, not as an unhandled rejection
  return loading;
}

const FETCH_TIMEOUT_MS = 8000;
const MAX_DOC_BYTES = 4 << 20;

async function fetchDoc(m, url) {
  if (!/^https?:\/\//i.test(url)) {
    m.cache_fail(url, Date.now());
    return;
  }
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), FETCH_TIMEOUT_MS);
  try {
    const res = await fetch(url, {
      credentials: 'omit',
      signal: ctl.signal,
      headers: { Accept: 'application/vc+ld+json, application/did+json, application/json, application/vc+jwt;q=0.9, */*;q=0.1' },
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const text = await res.text();
    if (text.length > MAX_DOC_BYTES || !m.cache_put(url, text, Date.now())) throw new Error('bad document');
  } catch (_) {
    m.cache_fail(url, Date.now());
  } finally {
    clearTimeout(timer);
  }
}

self.onmessage = async (event) => {
  const data = event.data || {};
  if (data.init) {
    ready = load(data.init.js || '/verifier.js', data.init.wasm || '/verifier_bg.wasm');
    return;
  }
  const { id, bytes, now, issuers, offline } = data;
  let m;
  try {
    m = await (ready ||= load('/verifier.js', '/verifier_bg.wasm'));
  } catch (_) {
    self.postMessage({ id, error: 'load' });
    return;
  }
  let report = null;
  let ms = 0;
  for (let round = 0; round < 4; round++) {
    const t0 = performance.now();
    report = JSON.parse(m.verify(bytes, now || Date.now(), issuers ?? null));
    ms += performance.now() - t0;
    if (!report.needs.length || offline) break;
    await Promise.all(report.needs.map((url) => fetchDoc(m, url)));
  }
  self.postMessage({ id, report, ms });
};
