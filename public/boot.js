// carewise boot loader (classic script, no dependencies, runs before the app).
// 1. Picks the bundle ("face") of the app that owns this path — each face is its own wasm, so a
//    visitor downloads only the part of the app they open. The app asks `carewiseFaceOf` too,
//    so this table is the one place that maps paths to faces.
// 2. After the first paint, preloads that face's JS and wasm and starts it.
// 3. Registers the service worker (offline use) once the page has loaded.
(() => {
  const FACES = [
    ['catalogue', /^\/catalogue(\/|$)/],
    ['quiz', /^\/quiz(\/|$)/],
    ['fair', /^\/fair(\/|$)/],
    ['wallet', /^\/wallet(\/|$)/],
  ];
  const faceOf = (path) => (FACES.find(([, re]) => re.test(path)) || ['home'])[0];
  const face = faceOf(location.pathname);
  window.carewiseFace = face;
  window.carewiseFaceOf = faceOf;

  // File names with content hashes, written by tools/postbuild.mjs (absent in a bare Trunk build).
  let bundles = {};
  try {
    bundles = JSON.parse(document.getElementById('carewise-bundles').textContent);
  } catch (_) {
    /* unhashed names below */
  }
  const files = bundles[face] || { js: `/${face}.js`, wasm: `/${face}_bg.wasm` };

  const link = (rel, href, as) => {
    const l = document.createElement('link');
    l.rel = rel;
    l.href = href;
    if (as) {
      l.as = as;
      l.type = 'application/wasm';
      l.crossOrigin = 'anonymous';
    }
    document.head.appendChild(l);
  };

  // The splash paints first; only then do the bundle's downloads start (a preload for the JS and
  // the wasm, so both come in parallel) and the app start. On a slow line the splash is on screen
  // at once instead of competing with a few hundred KB of wasm for the first paint.
  const start = () => {
    link('modulepreload', files.js);
    link('preload', files.wasm, 'fetch');
    return import(files.js)
      .then((m) => m.default({ module_or_path: files.wasm }))
      .catch((err) => {
        const splash = document.getElementById('splash-text');
        if (splash) splash.textContent = 'carewise could not start. Check your connection and reload the page.';
        throw err;
      });
  };
  // (A tab opened in the background gets no animation frames, and has nothing to paint.)
  if (document.visibilityState === 'hidden') start();
  else requestAnimationFrame(() => setTimeout(start, 0));

  if ('serviceWorker' in navigator && bundles[face]) {
    addEventListener('load', () => navigator.serviceWorker.register('/sw.js'));
  }
})();
