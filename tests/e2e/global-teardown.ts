// After every spec: the reference server must not have panicked. Its handler panics are turned
// into 500s, so a spec that did not look at that answer would pass; the log tells the truth.
import { existsSync, readFileSync } from 'node:fs';
import { GLOBAL_SERVER_LOG, SERVER_LOG } from './playwright.config';

export default function globalTeardown() {
  // Both reference servers: the China one and the global one.
  for (const log of [SERVER_LOG, GLOBAL_SERVER_LOG]) {
    if (!existsSync(log)) continue;
    const panics = readFileSync(log, 'utf8').split('\n').filter((line) => line.includes('panicked'));
    if (panics.length > 0) {
      throw new Error(`the reference server panicked during the e2e run (${log}):\n${panics.join('\n')}`);
    }
  }
}
