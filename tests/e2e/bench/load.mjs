// Load benchmark on the release build from the local reference server, cold (empty cache):
// - the Overview: navigation start to its heading, signed in, with and without 4x CPU throttling;
// - entering the enrollment area the first time: from a click on "Enroll now" on the landing page
//   to the wizard's heading (its chunk and messages fetched on the way).
// Medians of RUNS (10) runs. BENCH_DISTS="before=dist-unsplit,after=dist" compares builds: one
// server per build, and the runs interleave (one load of each in turn) so that the machine's
// drift hits both alike. `make bench` builds first and starts the servers itself.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const runs = Number(process.env.RUNS ?? 10);
const builds = (process.env.BENCH_DISTS ?? 'dist=dist').split(',').map((spec, i) => {
  const [label, dir] = spec.includes('=') ? spec.split('=') : [spec, spec];
  return { label, dir: isAbsolute(dir) ? dir : join(root, dir), base: `http://127.0.0.1:${8095 + i}` };
});

const servers = builds.map((b) => spawn(join(root, 'target/server/partner-center-server'),
  ['serve', '--listen', b.base.slice('http://'.length), '--dist', b.dir, '--data', mkdtempSync(join(tmpdir(), 'pc-bench-')), '--cloud', 'china'],
  { stdio: 'ignore', env: { ...process.env, PC_DEMO_PASSWORD: 'Partner-Demo-2026' } }));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function ready(base) {
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${base}/api/health`)).ok) return; } catch {}
    if (i > 100) throw new Error(`server at ${base} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// A session cookie to reuse: the measured load is a returning partner opening Overview.
async function session(base) {
  const login = await browser.newContext();
  const lp = await login.newPage();
  await lp.goto(`${base}/signin`);
  await lp.locator('#userName').fill('admin@fabrikam-sh.partner.onmschina.cn');
  await lp.locator('#password').fill('Partner-Demo-2026');
  await lp.locator('form button[type=submit]').click();
  await lp.waitForURL('**/dashboard/overview');
  const state = await login.storageState();
  await login.close();
  return state.cookies;
}

// A new context per run: empty HTTP cache, so every load is cold.
async function cold(cookies, throttle, run) {
  const ctx = await browser.newContext({ storageState: { cookies, origins: [] }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  try { return await run(page); } finally { await ctx.close(); }
}

const overview = (b, throttle) => cold(b.cookies, throttle, async (page) => {
  await page.goto(`${b.base}/dashboard/overview`, { waitUntil: 'commit' });
  await page.locator('main h1').waitFor();
  if (!page.url().endsWith('/dashboard/overview')) throw new Error(`landed on ${page.url()}, not Overview`);
  return page.evaluate(() => performance.now());
});

const enterEnrollment = (b) => cold([], 1, async (page) => {
  await page.goto(`${b.base}/`);
  const link = page.locator('a[href="/enroll"]').first();
  await link.waitFor();
  const start = await page.evaluate(() => performance.now());
  await link.click();
  await page.locator('main h1', { hasText: 'CSP' }).waitFor();
  return (await page.evaluate(() => performance.now())) - start;
});

function stats(times) {
  times.sort((a, b) => a - b);
  const median = (times[(times.length - 1) >> 1] + times[times.length >> 1]) / 2;
  return `median ${Math.round(median)} ms (min ${Math.round(times[0])}, max ${Math.round(times[times.length - 1])})`;
}

try {
  for (const b of builds) {
    await ready(b.base);
    b.cookies = await session(b.base);
  }
  const measures = [
    ['cold load to Overview heading', (b) => overview(b, 1)],
    ['same with 4x CPU throttling', (b) => overview(b, 4)],
    ['entering the enrollment area the first time', enterEnrollment],
  ];
  for (const [name, measure] of measures) {
    const times = builds.map(() => []);
    for (let i = 0; i < runs; i++) {
      for (const [k, b] of builds.entries()) times[k].push(await measure(b));
    }
    for (const [k, b] of builds.entries()) console.log(`${name}, ${runs} runs${builds.length > 1 ? ` [${b.label}]` : ''}: ${stats(times[k])}`);
  }
} finally {
  await browser.close();
  for (const s of servers) s.kill();
}
