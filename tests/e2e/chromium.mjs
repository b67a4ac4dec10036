// The system Chromium (playwright-core from tools/, never a downloaded browser), launched the
// same way by the end-to-end test and the browser benchmarks: loopback only, no background
// networking, no first-run work.
import { createRequire } from 'node:module';

const { chromium } = createRequire(new URL('../../tools/package.json', import.meta.url))('playwright-core');

export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
           '--disable-sync', '--disable-quic', '--no-first-run', ...extraArgs],
  });
}
