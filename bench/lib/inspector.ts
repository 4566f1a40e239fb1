import { WebSocket } from 'ws';

/**
 * A minimal DevTools protocol client for a process started with --inspect: enough to force a
 * garbage collection and read the heap from outside, with no hook in the product code.
 */
export class Inspector {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
      const call = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!call) return; // an event; none is subscribed to
      this.pending.delete(message.id!);
      if (message.error) call.reject(new Error(message.error.message));
      else call.resolve(message.result);
    });
    ws.on('close', () => {
      for (const call of this.pending.values()) call.reject(new Error('inspector connection closed'));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<Inspector> {
    const ws = new WebSocket(url);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return new Inspector(ws);
  }

  send<T>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  close(): void {
    this.ws.close();
  }
}

export type MemoryUsage = ReturnType<typeof process.memoryUsage>;

/** The inspected process's memory right after a full garbage collection. */
export async function memoryAfterGc(inspector: Inspector): Promise<MemoryUsage> {
  // Twice: objects with finalizers or weak callbacks are only freed by the collection after the
  // one that found them unreachable.
  await inspector.send('HeapProfiler.collectGarbage');
  await inspector.send('HeapProfiler.collectGarbage');
  const { result } = await inspector.send<{ result: { value: string } }>('Runtime.evaluate', {
    expression: 'JSON.stringify(process.memoryUsage())',
    returnByValue: true,
  });
  return JSON.parse(result.value) as MemoryUsage;
}
