// The header grade (scripts/headers.py, Mozilla Observatory's rules) of both deployments: the
// reference server and nginx with deploy/nginx/. Below A+ fails the run.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CHINA_ADMIN, DEMO_PASSWORD } from './support';
import { NGINX_PORT, PORT } from '../playwright.config';

const GRADER = join(import.meta.dirname, '..', '..', '..', 'scripts', 'headers.py');

for (const [name, url] of [['the reference server', `http://127.0.0.1:${PORT}/`], ['nginx', `http://127.0.0.1:${NGINX_PORT}/`]]) {
  test(`${name} grades A+`, () => {
    // Non-zero below A+: execFileSync throws with the grader's findings in the message.
    const out = execFileSync('python3', [GRADER, url, '--sign-in', CHINA_ADMIN], {
      env: { ...process.env, PC_HEADERS_PASSWORD: DEMO_PASSWORD },
    }).toString();
    console.log(out);
    const score = Number(out.match(/^score (\d+), grade A\+$/m)?.[1]);
    // Every bonus: CSP with default-src 'none', frame-ancestors, Referrer-Policy, the session cookie.
    expect(score, out).toBe(125);
  });
}
