import { WebSocket, type RawData } from 'ws';
import {
  CLOSE_BOARD_DELETED,
  CLOSE_INTERNAL_ERROR,
  CLOSE_INVALID_PAYLOAD,
  CLOSE_LINK_REPLACED,
  CLOSE_LOAD_FAILED,
  CLOSE_NOT_ALLOWED,
  CLOSE_POLICY_VIOLATION,
  CLOSE_TRY_AGAIN_LATER,
  CLOSE_UNSUPPORTED_DATA,
} from './closeCodes.ts';
import { closeReasonOf } from '../src/i18n/problem.ts';
import { errorMessage, type Log } from './log.ts';
import { admitPresence, PresenceRefused } from './presence.ts';
import { ProtocolError, encodeAwareness, encodeSyncStep1, encodeSyncStep2, parseClientMessage } from './protocol.ts';
import type { Room, RoomConnection, Rooms } from './rooms.ts';
import type { SocketBudget } from './socketBudget.ts';
import type { Storage } from './storage.ts';
import { withStoredState } from './storedState.ts';
import { keyOnBoard } from './roomFanout.ts';
import { NotStored, RoomGone } from './roomQueue.ts';
import { checkUpdate, RoleRefused, UpdateError } from './updates/check.ts';
import { checkWriter, claimWriter } from './writers.ts';
import type { Role } from './capabilities.ts';

export interface ConnectionDeps {
  storage: Storage;
  rooms: Rooms;
  log: Log;
}

export interface ConnectionOptions {
  /** The browser keeps its own copy of the board (RoomConnection.keepsCopy). */
  keepsCopy: boolean;
  /** The client address the socket came from (clientAddress.ts). */
  address: string;
  /** What the socket may send before reading it pauses. */
  budget: SocketBudget;
  /** What the socket's link lets it do: checked on every update it sends (updates/roles.ts). */
  role: Role;
  /** The hash of the facilitator key the socket connected with, if any (updates/facilitation.ts). */
  keyHash: string | null;
  /** The voter id that key gives (src/model/voter.ts), if any (updates/dots.ts). */
  voterId?: string | null;
  /** Whether the socket's token still opens the board: its owner may have replaced it during the load. */
  linkStillValid(): Promise<boolean>;
}

/**
 * Speaks the y-websocket protocol with one socket. Messages that arrive while the board loads
 * wait, in order; anything malformed closes this socket only.
 */
export function serveConnection(ws: WebSocket, boardId: string, { storage, rooms, log }: ConnectionDeps, { keepsCopy, address, budget, role, keyHash, voterId = null, linkStillValid }: ConnectionOptions): void {
  let room: Room | null = null;
  let closed = false;
  /** The socket's first sync step 1 was answered: it has joined. */
  let answeredSync = false;
  /** The socket was closed for what it sent: its updates still waiting their turn go unstored. */
  let refused = false;
  const waiting: Uint8Array[] = [];

  const connection: RoomConnection = {
    awarenessIds: new Set(),
    address,
    keepsCopy,
    role,
    keyHash,
    send(message) {
      if (ws.readyState !== WebSocket.OPEN) return;
      // A client that does not read would have ws buffer every reply and relay in memory.
      if (ws.bufferedAmount > MAX_UNREAD_BYTES) return refuse(CLOSE_TRY_AGAIN_LATER, 'too far behind in reading the board');
      ws.send(message);
    },
    sendStoredState(message) {
      if (ws.readyState !== WebSocket.OPEN) return undefined;
      // ws calls back once the message is written out, or with an error if the socket closed first.
      return new Promise((resolve) => ws.send(message, () => resolve()));
    },
    close: closeSocket,
  };

  function closeSocket(code: number, reason: string): void {
    if (closed) return;
    closed = true;
    if (room) rooms.leave(room, connection);
    ws.close(code, closeReason(reason));
  }

  function refuse(code: number, reason: string): void {
    refused = true;
    log(`sync: a socket closed ${code} (${reason})`);
    closeSocket(code, reason);
  }

  function handle(current: Room, bytes: Uint8Array): void {
    let message;
    try {
      message = parseClientMessage(bytes);
    } catch (error) {
      if (error instanceof ProtocolError) return refuse(error.closeCode, error.closeCode === CLOSE_INVALID_PAYLOAD ? closeReasonOf({ code: 'changeMalformed' }, error.message) : error.message);
      throw error;
    }
    switch (message.kind) {
      case 'syncStep1': {
        // Messages on one socket arrive in order, so the client applied the stored log first.
        const known = current.sentStoredLog.has(connection) ? withStoredState(message.stateVector, current.storedStateVector) : message.stateVector;
        const joining = !answeredSync;
        answeredSync = true;
        return reply(encodeSyncStep2(current.doc, known), joining);
      }
      case 'update': {
        // Checked in its turn, against the document every earlier update made; stored, then
        // applied and relayed to everyone but this socket, its origin (roomQueue.ts).
        const { update, decoded } = message;
        const check = () => {
          if (refused) throw new SocketRefused();
          const clients = checkWriter(current, connection, decoded, role);
          const changes = checkUpdate(current.doc, decoded, role, { keyHash, voterId, isOnBoard: (hash: string) => keyOnBoard(current, hash) });
          // A socket that closed while its update waited has released its ids already: it claims none.
          return changes ? { changes, applied: () => void (closed || claimWriter(current, connection, clients)) } : { changes };
        };
        rooms.submit(current, update, connection, check).catch((error: unknown) => {
          // Not stored: the room closed every socket, or went while the update waited its turn.
          if (error instanceof NotStored || error instanceof RoomGone || error instanceof SocketRefused) return;
          // The page tells the person by the code ahead of the sentence (src/i18n/problem.ts).
          if (error instanceof RoleRefused) return refuse(CLOSE_NOT_ALLOWED, closeReasonOf(error.problem, error.message));
          const reason = error instanceof UpdateError ? closeReasonOf(error.problem, `update refused: ${error.message}`) : closeReasonOf({ code: 'changeMalformed' }, `update could not be applied: ${errorMessage(error)}`);
          refuse(CLOSE_INVALID_PAYLOAD, reason);
        });
        return;
      }
      case 'awareness':
        try {
          admitPresence(current, connection, message.entries);
        } catch (error) {
          if (error instanceof PresenceRefused) return refuse(CLOSE_POLICY_VIOLATION, error.message);
          throw error;
        }
        return;
      case 'queryAwareness':
        return reply(encodeAwareness(current.awareness, [...current.awareness.getStates().keys()]), false);
    }
  }

  // A question of a few bytes may be answered with the whole board; the answer is paid from the budget.
  function reply(message: Uint8Array, joining: boolean): void {
    budget.charge(message.byteLength, joining);
    connection.send(message);
  }

  // A bug in handling one message must end that socket, not the process and every other room.
  function handleSafely(current: Room, bytes: Uint8Array): void {
    try {
      handle(current, bytes);
    } catch (error) {
      refuse(CLOSE_INTERNAL_ERROR, `internal error: ${errorMessage(error)}`);
    }
  }

  function dispatch(bytes: Uint8Array): void {
    if (room) handleSafely(room, bytes);
    else waiting.push(bytes);
  }

  // Messages past the socket's budget wait here, read in at its rate while the socket is paused;
  // pausing stops only the network, so a chunk already received still arrives, all at once.
  const backlog: Uint8Array[] = [];
  let drainTimer: NodeJS.Timeout | undefined;
  function drain(): void {
    drainTimer = undefined;
    while (backlog.length > 0 && !closed) {
      const wait = budget.take(backlog[0]!.byteLength);
      if (wait > 0) return void (drainTimer = setTimeout(drain, wait).unref());
      dispatch(backlog.shift()!);
    }
    ws.resume();
  }

  ws.on('message', (data: RawData, isBinary: boolean) => {
    if (closed) return;
    if (!isBinary) return refuse(CLOSE_UNSUPPORTED_DATA, 'text frames are not supported');
    const bytes = copyBytes(data);
    if (backlog.length === 0 && budget.take(bytes.byteLength) === 0) return dispatch(bytes);
    // One chunk of tiny frames is thousands of messages; no client of the app sends so many at once.
    if (backlog.length >= MAX_BACKLOG) return refuse(CLOSE_POLICY_VIOLATION, 'too many messages at once');
    backlog.push(bytes);
    if (backlog.length === 1) {
      ws.pause();
      drain();
    }
  });
  ws.on('error', (error) => {
    // ws has already closed the socket (e.g. 1009 for a frame over maxPayload).
    log(`sync: socket error (${error.message})`);
  });
  ws.on('close', () => {
    const joined = room;
    closed = true;
    clearTimeout(drainTimer);
    backlog.length = 0;
    waiting.length = 0;
    if (joined) rooms.leave(joined, connection);
  });

  async function start(): Promise<void> {
    let joined: Room;
    try {
      joined = await rooms.join(boardId, connection);
    } catch {
      return refuse(CLOSE_LOAD_FAILED, 'Board could not be loaded');
    }
    if (closed) return rooms.leave(joined, connection);
    // The board may have gone to the trash while it loaded, or the link been replaced: a
    // rotation closes the sockets in the room, and this one was not in it yet.
    if ((await storage.getBoard(boardId))?.deletedAt != null) {
      rooms.leave(joined, connection);
      return closeSocket(CLOSE_BOARD_DELETED, 'Board deleted');
    }
    if (!(await linkStillValid())) {
      rooms.leave(joined, connection);
      return closeSocket(CLOSE_LINK_REPLACED, 'This link was replaced by the board’s owner');
    }
    room = joined;
    connection.send(encodeSyncStep1(joined.doc));
    const states = [...joined.awareness.getStates().keys()];
    if (states.length > 0) connection.send(encodeAwareness(joined.awareness, states));
    // What arrived during the load is read as the rest is, at the socket's budget: the answers
    // to questions queued up there are paid for like any others.
    if (waiting.length === 0 || closed) return;
    backlog.unshift(...waiting.splice(0));
    if (drainTimer === undefined) {
      ws.pause();
      drain();
    }
  }
  start().catch((error: unknown) => refuse(CLOSE_INTERNAL_ERROR, `internal error: ${errorMessage(error)}`));
}

/** An update waited its turn on a socket that was refused meanwhile. */
class SocketRefused extends Error {}

/** Bytes sent and not yet read by the client past which it is closed: more than any whole board. */
const MAX_UNREAD_BYTES = 64 * 2 ** 20;

/** Messages past the socket's budget that may wait to be read in. */
const MAX_BACKLOG = 1_000;

// A copy with its own exact buffer: ws may hand out views into a larger pooled buffer, and the
// message must not outlive or see past its own bytes.
function copyBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return new Uint8Array(data instanceof ArrayBuffer ? data.slice(0) : data);
}

/** A close frame's reason holds at most 123 bytes of UTF-8; ws throws on a longer one. */
export function closeReason(reason: string): string {
  const bytes = Buffer.from(reason, 'utf8');
  if (bytes.length <= 123) return reason;
  // Cut on a character boundary: a decoder drops the partial character at the end.
  return new TextDecoder().decode(bytes.subarray(0, 120)).replace(/\uFFFD$/, '') + '…';
}
