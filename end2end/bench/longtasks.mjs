// Where the main thread's long tasks go while a route starts: records a Chromium trace of a first
// visit (release build in dist/, served by tools/serve.mjs) with the CPU slowed down 4× (as
// Lighthouse's mobile preset assumes), then prints each main-thread task over 50 ms with the
// events that took its time (self time by event name, e.g. wasm lazy compilation vs. running
// JS/wasm vs. style and layout).
//
//   node end2end/bench/longtasks.mjs [--routes /,/catalogue,/quiz,/wallet] [--cpu 4] [--port 6192] [--top 8]
//                                    [--debugger]  (with the DevTools debugger on, as during a Lighthouse run)
//                                    [--min 50]  (list tasks longer than this many ms)
//                                    [--runs 1]   (with more runs: each run's figures and the medians;
//                                                  the task list of the median run)
import { opt, serveDist, launchChromium, splashGone } from './lib.mjs';

const ROUTES = opt('routes', '/,/catalogue,/quiz,/wallet').split(',');
const CPU = Number(opt('cpu', '4'));
const PORT = Number(opt('port', '6192'));
const TOP = Number(opt('top', '8'));
const RUNS = Number(opt('runs', '1'));
const DEBUGGER = process.argv.includes('--debugger');
// Lighthouse's default ("simulated") throttling does not slow the page down: it multiplies each
// main-thread task of an unthrottled run by 4. With --cpu 1, `simulated` is that estimate:
// the sum over tasks after the first paint of (4 × duration − 50 ms) where positive.
const SIM = Number(opt('simulate', '4'));
const MIN = Number(opt('min', '50')) * 1000; // list tasks longer than this (ms); blocking still counts over 50 ms
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const { app: APP, stop } = await serveDist(PORT);
const browser = await launchChromium();

const CATEGORIES = ['devtools.timeline', 'v8', 'v8.wasm', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'];

async function measure(route) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  // Lighthouse keeps the debugger on while it loads a page (to collect the scripts), and V8
  // compiles wasm differently then; --debugger does the same here.
  if (DEBUGGER) await cdp.send('Debugger.enable');
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
  const t0 = Date.now();
  await page.goto(APP + route);
  await splashGone(cdp);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  const wall = Date.now() - t0;
  await cdp.send('Tracing.end');
  await done;
  await context.close();

  // The renderer's main thread: the CrRendererMain thread with the most events about the app.
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const counts = new Map();
  for (const n of names) counts.set(`${n.pid}:${n.tid}`, 0);
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (counts.has(k) && JSON.stringify(e.args ?? {}).includes(APP)) counts.set(k, counts.get(k) + 1);
  }
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && typeof e.dur === 'number');
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  // from the first paint on (what Lighthouse's total blocking time counts from)
  const paint = events.find((e) => e.name === 'firstContentfulPaint' && `${e.pid}:${e.tid}` === main)?.ts ?? tasks[0]?.ts ?? 0;
  const after = tasks.filter((t) => t.ts >= paint);
  const long = after.filter((t) => t.dur > 50_000);
  const listed = after.filter((t) => t.dur > MIN);
  const start = tasks[0]?.ts ?? 0;
  const blocking = long.reduce((s, t) => s + (t.dur - 50_000), 0) / 1000;
  const busy = after.reduce((s, t) => s + t.dur, 0) / 1000;
  const simulated = after.reduce((s, t) => s + Math.max(0, (SIM * t.dur) / 1000 - 50), 0);
  const lines = listed.map((t) => {
    // self time per event name inside the task
    const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const self = new Map();
    const stack = [];
    const add = (name, us) => self.set(name, (self.get(name) || 0) + us);
    let covered = 0;
    for (const e of inside) {
      while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
      if (stack.length) stack[stack.length - 1].child += e.dur;
      else covered += e.dur;
      stack.push({ end: e.ts + e.dur, child: 0 });
      e._frame = stack[stack.length - 1];
    }
    for (const e of inside) add(e.name, e.dur - e._frame.child);
    add('(task itself)', t.dur - covered);
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP);
    return `  at ${((t.ts - start) / 1000).toFixed(0).padStart(6)} ms  ${(t.dur / 1000).toFixed(0).padStart(4)} ms: ${top.map(([n, us]) => `${n} ${(us / 1000).toFixed(0)}`).join(', ')}`;
  });
  return { blocking, busy, simulated, wall, count: long.length, lines };
}

for (const route of ROUTES) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(route));
  const mid = median(runs.map((r) => r.blocking));
  const pick = runs.find((r) => r.blocking === mid);
  console.log(
    `\n${route}: after first paint, at ${CPU}x CPU: blocking ${mid.toFixed(0)} ms (median of ${RUNS}: ${runs.map((r) => r.blocking.toFixed(0)).join(' ')}), ` +
      `main thread busy ${median(runs.map((r) => r.busy)).toFixed(0)} ms, ${pick.count} tasks over 50 ms` +
      (CPU === 1 ? `; simulated ${SIM}x blocking ${median(runs.map((r) => r.simulated)).toFixed(0)} ms (${runs.map((r) => r.simulated.toFixed(0)).join(' ')})` : ''),
  );
  for (const l of pick.lines) console.log(l);
}
await browser.close();
stop();
