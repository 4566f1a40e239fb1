import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { findChromium } from './chromium.mjs';

/*
 * The tests drive the system's Chromium, check PDFs with poppler's tools (pdftotext,
 * pdffonts, pdfinfo, pdftoppm) and start PostgreSQL clusters and Redis servers of their own.
 * Find them; where one is missing and this user may install packages (root with apt-get, as on
 * CI), install Debian's package. Without PostgreSQL or Redis their tests say so and the rest run.
 */
const has = (command) => spawnSync('which', [command]).status === 0;
const canInstall = process.getuid?.() === 0 && has('apt-get');

const missing = [];
if (!findChromium()) missing.push('chromium');
if (!has('pdftotext')) missing.push('poppler-utils');
// Debian keeps initdb under /usr/lib/postgresql/<version>/bin, out of PATH.
const hasPostgres = () => fs.existsSync('/usr/lib/postgresql') && fs.readdirSync('/usr/lib/postgresql').some((version) => fs.existsSync(`/usr/lib/postgresql/${version}/bin/initdb`));
if (!hasPostgres()) missing.push('postgresql');
if (!has('redis-server')) missing.push('redis-server');
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
console.log(`Using Chromium at ${chromium}; poppler found; ${hasPostgres() ? 'PostgreSQL found' : 'no PostgreSQL: its tests will not run'}; ${has('redis-server') ? 'Redis found' : 'no Redis: its tests will not run'}`);
