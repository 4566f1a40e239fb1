import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createSiteGuard } from './siteGuard.ts';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
const port = () => 5173;

describe('the site guard', () => {
  const loopback = createSiteGuard({ publicUrl: null, host: '127.0.0.1' }, port);

  it('answers a loopback server only under its own names', () => {
    for (const host of ['localhost:5173', '127.0.0.1:5173', '[::1]:5173', 'LOCALHOST:5173']) expect(loopback.refusal(request({ host }), false)).toBeNull();
    // DNS rebinding: the attacker's name, resolved to this machine.
    expect(loopback.refusal(request({ host: 'rebind.attacker.example:5173' }), false)).toBe('This server answers only at localhost:5173');
    expect(loopback.refusal(request({ host: 'localhost:8080' }), false)).not.toBeNull();
    expect(loopback.refusal(request({}), false)).not.toBeNull();
  });

  it('takes its names without a port when it listens on port 80, as browsers send them', () => {
    const onDefault = createSiteGuard({ publicUrl: null, host: '127.0.0.1' }, () => 80);
    expect(onDefault.refusal(request({ host: 'localhost' }), false)).toBeNull();
    expect(onDefault.refusal(request({ host: 'rebind.attacker.example' }), false)).not.toBeNull();
  });

  it('refuses changes from another site, and lets reads and clients without an Origin through', () => {
    const host = 'localhost:5173';
    expect(loopback.refusal(request({ host, origin: 'http://localhost:5173' }), true)).toBeNull();
    expect(loopback.refusal(request({ host }), true)).toBeNull();
    expect(loopback.refusal(request({ host, origin: 'https://evil.example' }), false)).toBeNull();
    for (const origin of ['https://evil.example', 'http://localhost:5174', 'null', 'not a url']) {
      expect(loopback.refusal(request({ host, origin }), true)).toBe('Requests from other sites are refused');
    }
  });

  it('behind a proxy, takes PUBLIC_URL for its own, beside the loopback names', () => {
    const proxied = createSiteGuard({ publicUrl: 'https://journeys.example.com', host: '127.0.0.1' }, port);
    expect(proxied.refusal(request({ host: 'journeys.example.com', origin: 'https://journeys.example.com' }), true)).toBeNull();
    // A proxy that passes its own upstream name as Host: the Origin is still the public one.
    expect(proxied.refusal(request({ host: '127.0.0.1:5173', origin: 'https://journeys.example.com' }), true)).toBeNull();
    expect(proxied.refusal(request({ host: 'journeys.example.com', origin: 'https://evil.example' }), true)).not.toBeNull();
    expect(proxied.refusal(request({ host: 'other.example.com' }), false)).toBe('This server answers only at journeys.example.com');
  });

  it('on a LAN, answers any name it is reached by, and still refuses other sites', () => {
    const lan = createSiteGuard({ publicUrl: null, host: '0.0.0.0' }, port);
    expect(lan.refusal(request({ host: '192.168.1.20:5173', origin: 'http://192.168.1.20:5173' }), true)).toBeNull();
    expect(lan.refusal(request({ host: '192.168.1.20:5173', origin: 'http://evil.example' }), true)).not.toBeNull();
  });
});
