import type { IncomingMessage } from 'node:http';

/*
 * A page on another site can make a browser send requests here: a form or a plain-text POST to
 * create boards or plant templates, a WebSocket to any board (browsers apply no same-origin rule
 * to either), and, with DNS rebinding, a hostname it controls that resolves to this server, so
 * that its scripts read the answers too. The browser says where a request comes from (Origin)
 * and whom it is for (Host); this is where those are held to the server's own.
 */

export interface SiteSettings {
  /** ServerConfig.publicUrl. */
  publicUrl: string | null;
  /** The address the server listens on (ServerConfig.host). */
  host: string;
}

export interface SiteGuard {
  /**
   * Why the request is refused (403), or null. `changes` is true for requests that change
   * something and for socket upgrades: only those are held to the Origin.
   */
  refusal(req: IncomingMessage, changes: boolean): string | null;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** `port` is the one the server listens on, known once it does. */
export function createSiteGuard({ publicUrl, host }: SiteSettings, port: () => number): SiteGuard {
  const publicSite = publicUrl === null ? null : new URL(publicUrl);
  // Listening on every interface of a LAN, the server cannot know each name it is reached by:
  // the Host is checked only where it can be, as the Origin still is.
  const checksHost = publicSite !== null || LOOPBACK.has(host) || host.startsWith('127.');
  // Worked out at the first request, once the port is known, and kept.
  let own: Set<string> | undefined;
  const ownHosts = (): Set<string> => {
    if (own) return own;
    // A browser leaves out the default port.
    const suffix = port() === 80 ? '' : `:${port()}`;
    own = new Set([`localhost${suffix}`, `127.0.0.1${suffix}`, `[::1]${suffix}`, ...(publicSite ? [publicSite.host] : [])]);
    return own;
  };
  const shownHost = () => publicSite?.host ?? `localhost:${port()}`;

  return {
    refusal(req, changes) {
      const requestHost = (req.headers.host ?? '').toLowerCase();
      if (checksHost && !ownHosts().has(requestHost)) return `This server answers only at ${shownHost()}`;
      const origin = req.headers.origin;
      // Scripts and tools that are not browsers send no Origin, and no page can make them act.
      if (!changes || origin === undefined) return null;
      if (publicSite && origin === publicSite.origin) return null;
      if (URL.canParse(origin) && new URL(origin).host === requestHost && requestHost !== '') return null;
      return 'Requests from other sites are refused';
    },
  };
}

/** Methods that only read; every other one changes something. */
export const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
