import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServerProcessOptions {
  /** Arguments for node itself, before the script: e.g. `--inspect=127.0.0.1:0` for a benchmark that reads the heap. */
  nodeArgs?: string[];
  /** Settings added to the server's environment, e.g. a short ROOM_IDLE_MS. */
  env?: Record<string, string>;
}

/** A real Journeyboard server process with its own data directory, for end-to-end tests and benchmarks. */
export class ServerProcess {
  url = '';
  /** The DevTools protocol endpoint (ws://…) when started with --inspect; empty otherwise. */
  inspectorUrl = '';
  private child: ChildProcess | null = null;
  /** The server's process id while it runs, for a benchmark that reads its CPU time. */
  get pid(): number | undefined {
    return this.child?.pid;
  }
  readonly dataDir = mkdtempSync(join(tmpdir(), 'journeyboard-e2e-'));
  /** Everything the server printed, over every start: e.g. the admin link of its first start. */
  output = '';

  constructor(private readonly options: ServerProcessOptions = {}) {}

  async start(port = 0): Promise<string> {
    const { nodeArgs = [], env = {} } = this.options;
    const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: this.dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const inspecting = nodeArgs.some((arg) => arg.startsWith('--inspect'));
    let log = '';
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 20_000);
      // The inspector announces itself on stderr, the server on stdout; wait for whichever is needed.
      const check = () => {
        const url = /running at (http:\/\/\S+)/.exec(log)?.[1];
        const inspector = /Debugger listening on (ws:\/\/\S+)/.exec(log)?.[1];
        if (!url || (inspecting && !inspector)) return;
        clearTimeout(timer);
        this.inspectorUrl = inspector ?? '';
        resolve(url.replace('localhost', '127.0.0.1'));
      };
      child.stdout!.on('data', (chunk: Buffer) => {
        log += chunk;
        this.output += chunk;
        check();
      });
      child.stderr!.on('data', (chunk: Buffer) => {
        log += chunk;
        this.output += chunk;
        check();
      });
      child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${log}`)));
    });
    return this.url;
  }

  /** Stops the server the way an operator would (SIGTERM), waiting for it to exit. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    this.child = null;
  }

  async restart(): Promise<void> {
    const port = Number(new URL(this.url).port);
    await this.stop();
    await this.start(port);
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
