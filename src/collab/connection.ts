import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { useT } from '../browser/i18n.tsx';
import { translate, type Translate } from '../i18n/index.ts';
import { problemOfCloseReason, problemText, type Problem } from '../i18n/problem.ts';
import { ApiError, fetchBoardInfo } from './api.ts';

/** The provider's own state: a connection it is making, has, or has lost for now. */
type LiveState = { kind: 'connecting' } | { kind: 'syncing' } | { kind: 'connected' } | { kind: 'offline' };
export type ConnectionState = LiveState | { kind: 'failed'; message: string; copyRefused: boolean };

/** The English words, for a page that does not read them from the catalogue yet. */
export const LINK_REPLACED = translate('en', 'errors.linkReplaced');

/** What the server's close codes mean to the person looking at the board. */
const CLOSE_PROBLEMS: Record<number, Problem> = {
  4410: { code: 'boardTrashed' },
  4500: { code: 'boardLoadRetrying' },
};

export interface FinalFailure {
  problem: Problem;
  /** The server refuses what this browser's copy of the board holds: discarding it is a way out. */
  copyRefused: boolean;
  /** Changes made here after the refused one are refused as well, and the person is told so. */
  laterChangesToo?: boolean;
}

/** A failure as the person reads it, in the language of `t`. */
export function failureText({ problem, laterChangesToo }: FinalFailure, t: Translate): string {
  const text = problemText(problem, t);
  return laterChangesToo ? t('errors.changesSince', { failure: text }) : text;
}

/**
 * A close that reconnecting would only repeat, so the page stops trying and says why; undefined
 * for any other. Both come from what this browser's copy holds, which every retry sends again.
 * The server names what it refused by a code ahead of its English reason (src/i18n/problem.ts).
 */
export function finalFailure({ code, reason }: { code: number; reason: string }): FinalFailure | undefined {
  switch (code) {
    // A message over the server's size limit: this browser's changes since it last synced (a
    // long offline spell, say) go as one message, on every retry alike.
    case 1009:
      return { problem: { code: 'changesTooLarge' }, copyRefused: true };
    // An update the board may not hold (a text over its limit, from a broken or altered page).
    // The document here has taken it, and each later change of this browser builds on it, so
    // the server refuses those too.
    case 1007:
      return { problem: problemOfCloseReason(reason) ?? { code: 'changeRefused' }, copyRefused: true, laterChangesToo: true };
    // The link was replaced: the old token opens nothing, however often it is tried.
    case 4401:
      return { problem: { code: 'linkReplaced' }, copyRefused: false };
    // A change this link may not make (the page offers none; an altered page or an old copy
    // made one). The copy here holds it, and would send it again on every retry.
    case 4403:
      return { problem: problemOfCloseReason(reason) ?? { code: 'linkRefusedChange' }, copyRefused: true };
    default:
      return undefined;
  }
}

/** After this many failed attempts in a row, ask the API whether the board is still there. */
const RECHECK_AFTER_FAILURES = 3;

export function connectionOf(provider: WebsocketProvider): LiveState {
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
  const t = useT();
  const [state, setState] = useState<LiveState | ({ kind: 'failed' } & FinalFailure)>(() => connectionOf(provider));
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
        (info) => live && info.deletedAt && stop({ problem: { code: 'boardTrashed' }, copyRefused: false }),
        (error: unknown) => {
          if (!live || !(error instanceof ApiError)) return;
          if (error.status === 404) stop({ problem: { code: 'boardGone' }, copyRefused: false });
          if (error.status === 401 || error.status === 403) stop({ problem: { code: 'linkReplaced' }, copyRefused: false });
        },
      ).finally(() => (checking = false));
    };
    const onClose = (event: CloseEvent | null) => {
      const final = event ? finalFailure(event) : undefined;
      if (final) return stop(final);
      const problem = event ? CLOSE_PROBLEMS[event.code] : undefined;
      if (problem) failure = { problem, copyRefused: false };
      update();
      if (!problem && provider.wsUnsuccessfulReconnects >= RECHECK_AFTER_FAILURES && !checking) recheck();
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
  // Worded here, at render, so an open failure follows a change of language.
  return state.kind === 'failed' ? { kind: 'failed', message: failureText(state, t), copyRefused: state.copyRefused } : state;
}
