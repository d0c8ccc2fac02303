// After every spec: the reference server must not have panicked. Its handler panics are turned
// into 500s, so a spec that did not look at that answer would pass; the log tells the truth.
import { existsSync, readFileSync } from 'node:fs';
import { SERVER_LOG } from './playwright.config';

export default function globalTeardown() {
  if (!existsSync(SERVER_LOG)) return;
  const panics = readFileSync(SERVER_LOG, 'utf8').split('\n').filter((line) => line.includes('panicked'));
  if (panics.length > 0) {
    throw new Error(`the reference server panicked during the e2e run (${SERVER_LOG}):\n${panics.join('\n')}`);
  }
}
