import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale } from '../../scripts/build-if-stale.mjs';
import { addNote, connectClient, createBoard, storedCounts, rawSocket, tempDataDir, waitFor, whenSynced } from './harness.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The processes of a process group that have not exited (a zombie has, and only waits to be reaped). */
function liveMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone while we looked
    }
    // Fields after the command name, which may hold spaces: state, ppid, pgrp, ...
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') members.push(Number(entry));
  }
  return members;
}

/** Whether a new server can listen where the old one did. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** The promise's value, or a failure saying what did not happen in time. */
function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}


describe('npm start', () => {
  // `npm start` builds a missing or stale app before it serves; build it once here, as the
  // end-to-end tests' setup does, so that each start below is only the server's.
  beforeAll(() => buildIfStale(REPO), 180_000);
  let pgid = 0;
  afterEach(() => {
    for (const pid of liveMembers(pgid)) process.kill(pid, 'SIGKILL');
  });

  it('serves the production build, though a test runner asked for it', () => {
    // Vitest sets NODE_ENV=test, under which Vite bundles React's development build.
    expect(process.env.NODE_ENV).toBe('test');
    const assets = path.join(REPO, 'dist', 'assets');
    const scripts = fs.readdirSync(assets).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const development = scripts.filter((name) => fs.readFileSync(path.join(assets, name), 'utf8').includes('jsxDEV'));
    expect(development).toEqual([]);
  });

  const ran = { code: 0, signal: null };
  const cases = [
    { signal: 'SIGTERM', to: 'npm alone', npmExit: ran },
    { signal: 'SIGINT', to: 'npm alone', npmExit: ran },
    { signal: 'SIGINT', to: 'npm and the server at once, as Ctrl-C in a terminal', npmExit: ran },
    { signal: 'SIGKILL', to: 'npm alone', npmExit: { code: null, signal: 'SIGKILL' } },
  ] as const;
  for (const { signal, to, npmExit } of cases) {
    it(`stops in order when ${signal} reaches ${to}: no process left, the port free`, async () => {
      const dataDir = tempDataDir('npm-start');
      // A group of its own, as under a supervisor: what is left of it afterwards is what npm left.
      const npm = spawn('npm', ['start'], {
        cwd: REPO,
        detached: true,
        env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      pgid = npm.pid!;
      let output = '';
      npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        npm.once('exit', (code, signal) => resolve({ code, signal })),
      );
      await waitFor(() => /running at http:\/\/localhost:\d+/.test(output), 20_000, `npm start to serve:\n${output}`);
      const port = Number(/running at http:\/\/localhost:(\d+)/.exec(output)![1]);
      const url = `http://127.0.0.1:${port}`;
      expect(liveMembers(pgid)).toContain(npm.pid);
      expect(liveMembers(pgid).length).toBeGreaterThan(1);

      const boardId = await createBoard(url, 'Stopped by its supervisor');
      const client = connectClient(url, boardId);
      await whenSynced(client);
      addNote(client.doc, 'last', 'saved on the way out');
      await waitFor(async () => (await storedCounts(dataDir, boardId)).updates >= 2, 5000, 'the edit to be stored');
      const watcher = rawSocket(url, boardId);
      await watcher.opened;

      process.kill(to === 'npm alone' ? pgid : -pgid, signal);

      // npm passes SIGINT and SIGTERM on, waits for the server and exits with its status, as a
      // supervisor expects. Killed outright, it leaves the server to notice it is gone.
      expect(await within(exited, 15_000, `npm to exit:\n${output}`)).toEqual(npmExit);
      expect(await watcher.closed).toEqual({ code: 1001, reason: 'Server shutting down' });
      client.destroy();
      await waitFor(() => liveMembers(pgid).length === 0, 10_000, 'every process of npm start to exit');
      expect(await portIsFree(port)).toBe(true);
      expect(await storedCounts(dataDir, boardId)).toEqual({ updates: 0, snapshots: 1 });
    });
  }
});
