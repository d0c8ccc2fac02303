// Load benchmark: median of 10 cold loads of the release build from the local reference
// server, from navigation start to the Overview heading being visible, signed in, with and
// without 4x CPU throttling. `make bench` builds first and starts the server itself.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const port = 8095;
const base = `http://127.0.0.1:${port}`;
const runs = Number(process.env.RUNS ?? 10);

const server = spawn(join(root, 'target/server/partner-center-server'),
  ['serve', '--listen', `127.0.0.1:${port}`, '--dist', join(root, 'dist'), '--data', mkdtempSync(join(tmpdir(), 'pc-bench-')), '--cloud', 'china'],
  { stdio: 'ignore', env: { ...process.env, PC_DEMO_PASSWORD: 'Partner-Demo-2026' } });
for (let i = 0; ; i++) {
  try { if ((await fetch(`${base}/api/health`)).ok) break; } catch {}
  if (i > 100) throw new Error('server did not start');
  await new Promise((r) => setTimeout(r, 100));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

// A session cookie to reuse: the measured load is a returning partner opening Overview.
const login = await browser.newContext();
const lp = await login.newPage();
await lp.goto(`${base}/signin`);
await lp.locator('#userName').fill('admin@fabrikam-sh.partner.onmschina.cn');
await lp.locator('#password').fill('Partner-Demo-2026');
await lp.locator('form button[type=submit]').click();
await lp.waitForURL('**/dashboard/overview');
const state = await login.storageState();
await login.close();

async function measure(throttle) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    // A new context per run: empty HTTP cache, so every load is cold.
    const ctx = await browser.newContext({ storageState: { cookies: state.cookies, origins: [] }, locale: 'zh-CN' });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(`${base}/dashboard/overview`, { waitUntil: 'commit' });
    await page.locator('main h1').waitFor();
    if (!page.url().endsWith('/dashboard/overview')) throw new Error(`landed on ${page.url()}, not Overview`);
    times.push(await page.evaluate(() => performance.now()));
    await ctx.close();
  }
  times.sort((a, b) => a - b);
  const median = (times[(runs - 1) >> 1] + times[runs >> 1]) / 2;
  return { median: Math.round(median), min: Math.round(times[0]), max: Math.round(times[runs - 1]) };
}

try {
  const plain = await measure(1);
  const slow = await measure(4);
  console.log(`cold load to Overview heading, ${runs} runs: median ${plain.median} ms (min ${plain.min}, max ${plain.max})`);
  console.log(`same with 4x CPU throttling:            median ${slow.median} ms (min ${slow.min}, max ${slow.max})`);
} finally {
  await browser.close();
  server.kill();
}
