import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

// The end-to-end tests drive the system's Chromium. Find it; where it is missing and this user
// may install packages (root with apt-get, as on CI), install Debian's package.
let path = findChromium();
if (!path && process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0) {
  console.log('Chromium not found; installing Debian’s chromium package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  path = findChromium();
}
if (!path) {
  console.error('No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
console.log(`Using Chromium at ${path}`);
