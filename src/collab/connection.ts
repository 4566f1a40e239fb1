import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { ApiError, fetchBoardInfo } from './api.ts';

export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'syncing' }
  | { kind: 'connected' }
  | { kind: 'offline' }
  | ({ kind: 'failed' } & FinalFailure);

const TRASHED = 'This board was moved to the trash.';
export const LINK_REPLACED = 'This link was replaced by the board’s owner. Ask them for the new one.';
const MISSING = 'This board no longer exists.';

/** What the server's close codes mean to the person looking at the board. */
const CLOSE_MESSAGES: Record<number, string> = {
  4410: TRASHED,
  4500: 'The server could not load this board. Your copy is kept; retrying…',
};

interface FinalFailure {
  message: string;
  /** The server refuses what this browser's copy of the board holds: discarding it is a way out. */
  copyRefused: boolean;
}

/**
 * A close that reconnecting would only repeat, so the page stops trying and says why; undefined
 * for any other. Both come from what this browser's copy holds, which every retry sends again.
 */
export function finalFailure({ code, reason }: { code: number; reason: string }): FinalFailure | undefined {
  switch (code) {
    // A message over the server's size limit: this browser's changes since it last synced (a
    // long offline spell, say) go as one message, on every retry alike.
    case 1009:
      return { message: 'Changes made here are too large to send at once. They are kept in this browser: export the board as a file to save them.', copyRefused: true };
    // An update the board may not hold (a text over its limit, from a broken or altered page).
    // The document here has taken it, and each later change of this browser builds on it, so
    // the server refuses those too.
    case 1007: {
      const why = reason.replace(/^update refused: /, '').trim();
      const refused = why ? `The server refused a change made here: ${why}${/[.…]$/.test(why) ? '' : '.'}` : 'The server refused a change made here.';
      return { message: `${refused} Changes made here since cannot be sent either.`, copyRefused: true };
    }
    // The link was replaced: the old token opens nothing, however often it is tried.
    case 4401:
      return { message: LINK_REPLACED, copyRefused: false };
    // A change this link may not make (the page offers none; an altered page or an old copy
    // made one). The copy here holds it, and would send it again on every retry.
    case 4403: {
      const why = reason.trim();
      return { message: `The server refused a change made here${why ? ` (${why})` : ''}: this link does not allow it.`, copyRefused: true };
    }
    default:
      return undefined;
  }
}

/** After this many failed attempts in a row, ask the API whether the board is still there. */
const RECHECK_AFTER_FAILURES = 3;

export function connectionOf(provider: WebsocketProvider): ConnectionState {
  // Not asked to connect yet: the page is loading its offline copy first (session.ts).
  if (!provider.shouldConnect) return { kind: 'connecting' };
  if (provider.wsconnected) return provider.synced ? { kind: 'connected' } : { kind: 'syncing' };
  return provider.wsconnecting && provider.wsUnsuccessfulReconnects === 0 ? { kind: 'connecting' } : { kind: 'offline' };
}

/**
 * Follows the provider's connection and sync state, and the server's reason for a close.
 * A refused handshake (board deleted while this tab was offline) reaches a browser only as
 * an anonymous close, so after a few failures the REST API is asked what became of the board.
 */
export function useConnection(provider: WebsocketProvider, boardId: string, token: string): ConnectionState {
  const [state, setState] = useState<ConnectionState>(() => connectionOf(provider));
  useEffect(() => {
    let live = true;
    let checking = false;
    // y-websocket reports a close and then "disconnected" in one go; a failure the server
    // explained stays on screen until a connection succeeds again.
    let failure: FinalFailure | null = null;
    const update = () => setState(failure ? { kind: 'failed', ...failure } : connectionOf(provider));
    const onStatus = (event: { status: string }) => {
      if (event.status === 'connected') failure = null;
      update();
    };
    const stop = (final: FinalFailure) => {
      failure = final;
      provider.disconnect();
      update();
    };
    const recheck = () => {
      checking = true;
      fetchBoardInfo(boardId, token).then(
        (info) => live && info.deletedAt && stop({ message: TRASHED, copyRefused: false }),
        (error: unknown) => {
          if (!live || !(error instanceof ApiError)) return;
          if (error.status === 404) stop({ message: MISSING, copyRefused: false });
          if (error.status === 401 || error.status === 403) stop({ message: LINK_REPLACED, copyRefused: false });
        },
      ).finally(() => (checking = false));
    };
    const onClose = (event: CloseEvent | null) => {
      const final = event ? finalFailure(event) : undefined;
      if (final) return stop(final);
      const message = event ? CLOSE_MESSAGES[event.code] : undefined;
      if (message) failure = { message, copyRefused: false };
      update();
      if (!message && provider.wsUnsuccessfulReconnects >= RECHECK_AFTER_FAILURES && !checking) recheck();
    };
    provider.on('status', onStatus);
    provider.on('sync', update);
    provider.on('connection-close', onClose);
    const offline = () => setState({ kind: 'offline' });
    window.addEventListener('offline', offline);
    window.addEventListener('online', update);
    update();
    return () => {
      live = false;
      provider.off('status', onStatus);
      provider.off('sync', update);
      provider.off('connection-close', onClose);
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', update);
    };
  }, [provider, boardId, token]);
  return state;
}
