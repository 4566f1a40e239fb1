import { spawn } from 'node:child_process';

const STOCK_SERVER = new URL('./stockServer.mjs', import.meta.url);

export interface StockServer {
  /** The y-websocket URL to give a provider (the room is added to it). */
  url: string;
  stop(): Promise<void>;
}

/** The stock y-websocket server (lib/stockServer.mjs) in a process of its own, listening on 127.0.0.1. */
export async function startStockServer(): Promise<StockServer> {
  const child = spawn(process.execPath, [STOCK_SERVER.pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const said = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => resolve(String(d)));
    child.once('exit', (code) => reject(new Error(`the stock y-websocket server exited with ${code} before listening`)));
  });
  return {
    url: `ws://127.0.0.1:${/port (\d+)/.exec(said)![1]}`,
    async stop() {
      child.kill();
      await exited;
    },
  };
}
