import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';

/*
 * CPU time taken by every process a browser scenario runs on: the browser's own processes by
 * kind (Chromium's SystemInfo domain), the server (from /proc, so on Linux only) and this
 * benchmark's process, which drives the pages. On a 2-core machine they all share two cores,
 * so a page's wait for a core is made of these.
 */
const KINDS: Record<string, string> = {
  renderer: 'renderers',
  GPU: 'gpuProcess',
  browser: 'browserProcess',
  'network.mojom.NetworkService': 'networkService',
};

type Reading = Map<string, { kind: string; ms: number }>;

export interface CpuMeter {
  /** Milliseconds of CPU time by kind of process since the meter started. */
  stop(): Promise<Record<string, number>>;
}

export async function meterCpu(browser: Browser, serverPid: number | undefined): Promise<CpuMeter> {
  const session = await browser.newBrowserCDPSession();
  const read = async (): Promise<Reading> => {
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number; cpuTime: number }[] };
    const reading: Reading = new Map();
    for (const p of processInfo) reading.set(`browser ${p.id}`, { kind: KINDS[p.type] ?? 'otherBrowserProcesses', ms: p.cpuTime * 1000 });
    const server = serverPid === undefined ? null : linuxCpuMs(serverPid);
    if (server !== null) reading.set('server', { kind: 'server', ms: server });
    const own = process.cpuUsage();
    reading.set('benchmark', { kind: 'benchmarkDriver', ms: (own.user + own.system) / 1000 });
    return reading;
  };
  const start = await read();
  return {
    async stop() {
      const end = await read();
      await session.detach();
      const byKind: Record<string, number> = {};
      // A process started meanwhile counts from zero; one that ended is left out.
      for (const [key, { kind, ms }] of end) byKind[kind] = (byKind[kind] ?? 0) + ms - (start.get(key)?.ms ?? 0);
      return byKind;
    },
  };
}

/** User plus system CPU time of a process, from /proc; null where there is no /proc. */
function linuxCpuMs(pid: number): number | null {
  try {
    // The command name, in parentheses, may hold spaces: the fields are counted after it.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticksPerSecond = 100; // USER_HZ, 100 on every Linux architecture Node runs on
    return ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond) * 1000;
  } catch {
    return null;
  }
}
