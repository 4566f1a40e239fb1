import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * The address a request is counted against (rateLimits.ts). `trustProxy` is how many reverse
 * proxies stand in front of the server: each appends the address it was reached from to
 * X-Forwarded-For, so the client is that many entries from the right, counting the socket's
 * peer as the last. Entries further left were written by the client and prove nothing: with
 * `trustProxy` 0 the header is ignored, as anyone can send it.
 */
export function clientAddress(req: IncomingMessage, trustProxy: number): string {
  const peer = req.socket.remoteAddress ?? '';
  if (trustProxy === 0) return addressKey(peer);
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const hops = [...forwarded, peer];
  const named = withoutPort(hops[Math.max(0, hops.length - 1 - trustProxy)] ?? '');
  // Not an address (a proxy that writes "unknown"): the proxy's own is the safe side, as a
  // made-up name would give each request a fresh allowance.
  return addressKey(isIP(named) ? named : peer);
}

/**
 * One key per client: an IPv4 address as it is, IPv4 mapped into IPv6 as IPv4, and IPv6 by
 * its /64, since one home or one host is handed a whole /64 and can pick any address in it.
 */
export function addressKey(address: string): string {
  const plain = address.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped) return mapped[1]!;
  if (isIP(plain) !== 6) return plain;
  return `${ipv6Groups(plain).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, `::` expanded, without leading zeros. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  // A dotted IPv4 tail (64:ff9b::192.0.2.1) stands for two groups.
  const tailSize = tailGroups.reduce((size, group) => size + (group.includes('.') ? 2 : 1), 0);
  const zeros = tail === undefined ? [] : Array<string>(8 - headGroups.length - tailSize).fill('0');
  return [...headGroups, ...zeros, ...tailGroups].map((group) => (group.includes('.') ? group : parseInt(group, 16).toString(16)));
}

/** Some proxies write the client's port too: `192.0.2.1:5000`, `[2001:db8::1]:5000`. */
function withoutPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1]!;
  const v4 = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry);
  return v4 ? v4[1]! : entry;
}
