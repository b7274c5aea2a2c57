// carewise service worker.
// tools/postbuild.mjs fills in VERSION (a hash over every precached file) and PRECACHE (the app
// shell: HTML, boot script, every face's JS and wasm, CSS, config.json, icons, manifest and the
// embedded backend's data). One cache per build: a page is always served files of one build, so
// an old wasm never meets new JS.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const SHELL = `carewise-shell-${VERSION}`;
const DATA = 'carewise-data'; // responses from the backend (stale-while-revalidate)

self.addEventListener('install', (event) => {
  // `cache: 'reload'` skips the HTTP cache, so the new build's files really are the new ones.
  event.waitUntil(
    caches.open(SHELL).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))),
  );
  // No skipWaiting here: the page asks the learner first ("A new version is available").
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('carewise-shell-') && name !== SHELL) await caches.delete(name);
      }
      // A new build starts with its own config.json (precached with it), not the previous
      // build's copy kept by stale-while-revalidate.
      await (await caches.open(DATA)).delete('/config.json');
      await self.clients.claim();
      await loadApiBase();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

const shellUrl = (url) => PRECACHE.includes(url.pathname) && url.origin === self.location.origin;

// The backend's base URL, from config.json (as cached). Only requests under it are treated as
// backend data: credential imports, DID documents and status lists always go to the network.
let apiBaseHref = null;
async function loadApiBase() {
  try {
    const hit = (await caches.match('/config.json')) || (await fetch('/config.json'));
    apiBaseHref = new URL((await hit.clone().json()).apiBase, self.location.origin).href;
  } catch {
    apiBaseHref = null;
  }
}
const isBackendData = (request, url) =>
  (url.origin === self.location.origin && url.pathname.startsWith('/api/')) ||
  (apiBaseHref !== null && request.url.startsWith(apiBaseHref));

async function staleWhileRevalidate(event, request) {
  const cache = await caches.open(DATA);
  // Our own static backend ignores query strings, so neither does its cached copy; the shell
  // cache holds the copy precached at install.
  const own = new URL(request.url).origin === self.location.origin;
  const cached = (await cache.match(request)) || (await caches.match(request, { ignoreSearch: own }));
  const refresh = fetch(request)
    .then((response) => {
      if (response.ok) cache.put(request, response.clone());
      return response;
    })
    .catch((err) => {
      if (cached) return cached;
      throw err;
    });
  if (cached) {
    event.waitUntil(refresh.catch(() => {}));
    return cached;
  }
  return refresh;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);

  // Page loads: the app shell of this build (client-side routes all use index.html).
  if (request.mode === 'navigate' && url.origin === self.location.origin) {
    event.respondWith(
      caches.open(SHELL).then((cache) => cache.match('/index.html')).then((hit) => hit || fetch(request)),
    );
    return;
  }
  // config.json: fast from cache, refreshed in the background (a changed backend applies on the
  // next start).
  if (url.origin === self.location.origin && url.pathname === '/config.json') {
    event.respondWith(staleWhileRevalidate(event, request));
    return;
  }
  // The build's own files.
  if (shellUrl(url)) {
    event.respondWith(caches.open(SHELL).then((cache) => cache.match(url.pathname)).then((hit) => hit || fetch(request)));
    return;
  }
  // Backend data (the embedded /api/, or config.json's apiBase on any origin): stale-while-revalidate.
  if (isBackendData(request, url)) {
    event.respondWith(staleWhileRevalidate(event, request));
  } else if (apiBaseHref === null) {
    // The browser stopped and restarted this worker, which forgot the backend's address: learn it
    // again before deciding (offline, a request to an external backend must still find its copy).
    event.respondWith(
      loadApiBase().then(() => (isBackendData(request, url) ? staleWhileRevalidate(event, request) : fetch(request))),
    );
  }
});
