import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

/*
 * The tests drive the system's Chromium and check PDFs with poppler's tools (pdftotext,
 * pdffonts, pdfinfo, pdftoppm). Find them; where one is missing and this user may install
 * packages (root with apt-get, as on CI), install Debian's package.
 */
const has = (command) => spawnSync('which', [command]).status === 0;
const canInstall = process.getuid?.() === 0 && has('apt-get');

const missing = [];
if (!findChromium()) missing.push('chromium');
if (!has('pdftotext')) missing.push('poppler-utils');
if (missing.length > 0 && canInstall) {
  console.log(`Installing Debian's ${missing.join(' and ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}

const chromium = findChromium();
if (!chromium) {
  console.error('No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
if (!has('pdftotext')) {
  console.error('No pdftotext found. Install poppler (Debian: apt-get install poppler-utils).');
  process.exit(1);
}
console.log(`Using Chromium at ${chromium}; poppler found`);
