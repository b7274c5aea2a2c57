// Picks the bundle ("face") of the app for this path and starts it.
// Kept tiny and dependency-free; the same table decides in the app which face owns a path.
(() => {
  const FACES = [
    ['catalogue', /^\/catalogue(\/|$)/],
    ['quiz', /^\/(quiz|fair)(\/|$)/],
    ['wallet', /^\/wallet(\/|$)/],
  ];
  const faceOf = (path) => (FACES.find(([, re]) => re.test(path)) || ['home'])[0];
  const face = faceOf(location.pathname);
  window.carewiseFace = face;
  window.carewiseFaceOf = faceOf;
  const js = `/${face}.js`;
  const wasm = `/${face}_bg.wasm`;
  import(js).then((m) => m.default({ module_or_path: wasm }));
})();
