import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress } from './clientAddress.ts';

function request(peer: string, forwardedFor?: string): IncomingMessage {
  return { socket: { remoteAddress: peer }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } } as unknown as IncomingMessage;
}

describe('addressKey', () => {
  it('counts an IPv6 client by its /64, which one home or host can pick any address in', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    expect(addressKey('2001:db8:1:3::1')).not.toBe(addressKey('2001:db8:1:2::1'));
  });

  it('counts IPv4, mapped into IPv6 or not, by the whole address', () => {
    expect(addressKey('192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });
});

describe('clientAddress', () => {
  it('ignores X-Forwarded-For unless proxies are trusted', () => {
    expect(clientAddress(request('192.0.2.1', '198.51.100.7'), 0)).toBe('192.0.2.1');
  });

  it('takes the entry the trusted proxies appended, not what the client wrote before them', () => {
    expect(clientAddress(request('10.0.0.2', '203.0.113.9, 198.51.100.7'), 1)).toBe('198.51.100.7');
    expect(clientAddress(request('10.0.0.2', '203.0.113.9, 198.51.100.7, 10.0.0.1'), 2)).toBe('198.51.100.7');
    expect(clientAddress(request('10.0.0.2', '[2001:db8:1:2::5]:4711'), 1)).toBe('2001:db8:1:2::/64');
    expect(clientAddress(request('10.0.0.2', '198.51.100.7:4711'), 1)).toBe('198.51.100.7');
  });

  it('falls back to the nearest address it can read', () => {
    // Fewer entries than proxies: the client reached a proxy we trust directly, or none wrote one.
    expect(clientAddress(request('10.0.0.2', '198.51.100.7'), 3)).toBe('198.51.100.7');
    expect(clientAddress(request('10.0.0.2'), 1)).toBe('10.0.0.2');
    expect(clientAddress(request('10.0.0.2', 'unknown'), 1)).toBe('10.0.0.2');
  });
});
