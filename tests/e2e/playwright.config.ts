// End-to-end tests: Debian's Chromium (never a downloaded browser) against the reference
// server serving the release build, on a fresh database per run.
import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PORT = Number(process.env.E2E_PORT ?? 8090);
// A second reference server in the global cloud, for the specs named `*.global.spec.ts` (the
// `global` project); every other spec runs against the China server, as it always has.
export const GLOBAL_PORT = PORT + 1;
export const DEMO_PASSWORD = 'Partner-Demo-2026';
const root = join(import.meta.dirname, '..', '..');
// Set once in the runner and inherited by its workers, so every spec can reach the same database
// (the operator's `review` command in the enrollment journey).
export const DATA_DIR = (process.env.PC_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'pc-e2e-')));
export const SERVER_BIN = join(root, 'target/server/partner-center-server');
// The app the servers serve: the release bundle, or (E2E_DIST) another build, such as a debug
// `trunk build --dist <dir>` while working on a page.
const DIST = process.env.E2E_DIST ?? join(root, 'dist');
// The server's log: global-teardown.ts fails the run on any `panicked` in it, whatever the
// specs saw (a panic answered 500 to a request no assertion looked at is still a bug).
export const SERVER_LOG = join(DATA_DIR, 'server.log');
// The global server's own database (two servers must not share one) and log.
export const GLOBAL_DATA_DIR = (process.env.PC_E2E_GLOBAL_DATA ??= mkdtempSync(join(tmpdir(), 'pc-e2e-global-')));
export const GLOBAL_SERVER_LOG = join(GLOBAL_DATA_DIR, 'server.log');
const GLOBAL_SPECS = /\.global\.spec\.ts$/;
// The app as a static site on nginx with the production config (deploy/nginx/, run by
// scripts/serve-static.sh as a plain process): the `static-host` project. On free ports, chosen
// once in the runner (its workers inherit them):
// - NGINX_PORT: the recommended pairing, /api/ proxied to the China reference server;
// - CROSS_PORT: the app with a config.json naming the China server's own origin as its API
//   (cross-origin), which allow-lists this origin (--cors-origin);
// - FOREIGN_PORT: the same site on an origin the API does not allow.
const STATIC_SPECS = /\.static\.spec\.ts$/;
process.env.PC_E2E_NGINX_PORTS ??= execFileSync('python3', ['-c', `
import socket
socks = [socket.socket() for _ in range(3)]
for s in socks: s.bind(("127.0.0.1", 0))
print(",".join(str(s.getsockname()[1]) for s in socks))`]).toString().trim();
export const [NGINX_PORT, CROSS_PORT, FOREIGN_PORT] = process.env.PC_E2E_NGINX_PORTS.split(',').map(Number);
export const API_ORIGIN = `http://127.0.0.1:${PORT}`;
const SERVE_STATIC = join(root, 'scripts/serve-static.sh');
// Both nginx instances' confs, logs and temp files; open to others, as nginx runs as nobody
// when the tests run as root.
const NGINX_STATE = (process.env.PC_E2E_NGINX_STATE ??= mkdtempSync(join(tmpdir(), 'pc-e2e-nginx-')));
chmodSync(NGINX_STATE, 0o755);
// Test environment only: one-time codes come back in the answers (`debugCode`) and provisioning
// after the agreement takes seconds instead of a minute. The demo dataset (`--demo`: profiles,
// users, the offer catalog and price lists) with 20 customers per partner, not 5,000, so
// start-up stays fast.
const SERVER_ENV = {
  PC_DEMO_PASSWORD: DEMO_PASSWORD, PC_EXPOSE_CODES: '1', PC_PROVISIONING_SECONDS: '3',
  PC_DEMO: 'true', PC_DEMO_CUSTOMERS: '20',
};

export default defineConfig({
  testDir: './specs',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  globalTeardown: './global-teardown.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'en-US',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'china', testIgnore: [GLOBAL_SPECS, STATIC_SPECS] },
    { name: 'static-host', testMatch: STATIC_SPECS, use: { baseURL: `http://127.0.0.1:${NGINX_PORT}` } },
    { name: 'global', testMatch: GLOBAL_SPECS, use: { baseURL: `http://127.0.0.1:${GLOBAL_PORT}` } },
  ],
  webServer: [
    {
      command: `${SERVER_BIN} serve --listen 127.0.0.1:${PORT} --dist ${DIST} --data ${DATA_DIR}`
        + ` --cloud china --cors-origin http://127.0.0.1:${CROSS_PORT} 2>>${SERVER_LOG}`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      reuseExistingServer: false,
      env: SERVER_ENV,
      stdout: 'ignore',
    },
    {
      command: `${SERVER_BIN} serve --listen 127.0.0.1:${GLOBAL_PORT} --dist ${DIST}`
        + ` --data ${GLOBAL_DATA_DIR} --cloud global 2>>${GLOBAL_SERVER_LOG}`,
      url: `http://127.0.0.1:${GLOBAL_PORT}/api/health`,
      reuseExistingServer: false,
      env: SERVER_ENV,
      stdout: 'ignore',
    },
    {
      command: `${SERVE_STATIC} --dist ${DIST} --state ${NGINX_STATE}/same-origin --listen ${NGINX_PORT}`
        + ` --api 127.0.0.1:${PORT}`,
      url: `http://127.0.0.1:${NGINX_PORT}/config.json`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `${SERVE_STATIC} --dist ${DIST} --state ${NGINX_STATE}/cross-origin`
        + ` --listen ${CROSS_PORT} --listen ${FOREIGN_PORT}`
        + ` --api-base ${API_ORIGIN}/api`,
      url: `http://127.0.0.1:${CROSS_PORT}/config.json`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
