import * as encoding from 'lib0/encoding';

/*
 * Frames a hostile client sends, written byte by byte: Yjs itself would refuse to encode some
 * of them (its encoder recurses as deep as a value nests), and none needs a document.
 */

type Write = (e: encoding.Encoder) => void;

function bytes(write: Write): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

/** A sync update message (y-websocket: message 0, step 2 "update"). */
export function updateMessage(update: Uint8Array): Uint8Array {
  return bytes((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, update);
  });
}

/** An awareness message giving each client id its state (JSON text; "null" for leaving). */
export function awarenessMessage(entries: { clientId: number; clock: number; state: string }[]): Uint8Array {
  const update = bytes((e) => {
    encoding.writeVarUint(e, entries.length);
    for (const { clientId, clock, state } of entries) {
      encoding.writeVarUint(e, clientId);
      encoding.writeVarUint(e, clock);
      encoding.writeVarString(e, state);
    }
  });
  return bytes((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, update);
  });
}

const INFO_PARENT_SUB = 32;
const INFO_ORIGIN = 128;

/** One item of a client the room never saw, in the board's meta under `key`, holding `content`. */
function metaItem(client: number, contentRef: number, writeContent: Write, key = 'persona'): Uint8Array {
  return bytes((e) => {
    encoding.writeVarUint(e, 1); // one client
    encoding.writeVarUint(e, 1); // one struct
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, 0); // clock
    encoding.writeUint8(e, contentRef | INFO_PARENT_SUB);
    encoding.writeVarUint(e, 1); // parent: a root, by name
    encoding.writeVarString(e, 'meta');
    encoding.writeVarString(e, key);
    writeContent(e);
    encoding.writeVarUint(e, 0); // no deletes
  });
}

function deepArrayAny(e: encoding.Encoder, depth: number): void {
  for (let i = 0; i < depth; i++) {
    encoding.writeUint8(e, 117); // an array of one
    encoding.writeVarUint(e, 1);
  }
  encoding.writeUint8(e, 126); // null
}

const deepJson = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** Content nested `depth` deep, in each kind of content an item can hold. */
export const DEEP_CONTENT: Record<string, (depth: number) => Uint8Array> = {
  any: (depth) => metaItem(9001, 8, (e) => (encoding.writeVarUint(e, 1), deepArrayAny(e, depth))),
  json: (depth) => metaItem(9002, 2, (e) => (encoding.writeVarUint(e, 1), encoding.writeVarString(e, deepJson(depth)))),
  embed: (depth) => metaItem(9003, 5, (e) => encoding.writeVarString(e, deepJson(depth))),
  format: (depth) => metaItem(9004, 6, (e) => (encoding.writeVarString(e, 'bold'), encoding.writeVarString(e, deepJson(depth)))),
  'sub-document options': (depth) => metaItem(9005, 9, (e) => (encoding.writeVarString(e, 'guid'), deepArrayAny(e, depth))),
};

/**
 * `structs` items that each follow a struct of a client the room never saw: Yjs would keep
 * them all, pending, and retry them on every later edit. About `structs` × 3 bytes.
 */
export function missingOrigins(client: number, structs: number): Uint8Array {
  return bytes((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, structs);
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, 0);
    for (let i = 0; i < structs; i++) {
      encoding.writeUint8(e, 4 | INFO_ORIGIN); // a string, after…
      encoding.writeVarUint(e, client + 1); // …a struct of another unseen client
      encoding.writeVarUint(e, i);
      encoding.writeVarString(e, 'x');
    }
    encoding.writeVarUint(e, 0);
  });
}

/** A delete set of `ranges` ranges of clients the room never saw: Yjs would keep it pending. */
export function unknownDeletes(ranges: number): Uint8Array {
  return bytes((e) => {
    encoding.writeVarUint(e, 0); // no structs
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, 77_777);
    encoding.writeVarUint(e, ranges);
    for (let i = 0; i < ranges; i++) {
      encoding.writeVarUint(e, i * 10);
      encoding.writeVarUint(e, 5);
    }
  });
}

/** One item of client `client` under `key` in a root whose name `writeRootName` writes, holding `writeContent`. */
function rootItem(client: number, writeRootName: Write, writeContent: Write): Uint8Array {
  return bytes((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, 0);
    encoding.writeUint8(e, 8 | INFO_PARENT_SUB); // an "any" value, under a key
    encoding.writeVarUint(e, 1); // parent: a root, by name
    writeRootName(e);
    encoding.writeVarString(e, 'key');
    writeContent(e);
    encoding.writeVarUint(e, 0);
  });
}

/** A value under a root the board does not have. */
export function unknownRoot(name: string): Uint8Array {
  return rootItem(
    9100,
    (e) => encoding.writeVarString(e, name),
    (e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeUint8(e, 119); // a string
      encoding.writeVarString(e, 'planted');
    },
  );
}

/**
 * An item whose root's name has a length lib0 reads as NaN (150 continuation bytes, then a
 * zero): a reader that let NaN through set its position to NaN and never reached the end.
 */
export function nanLength(): Uint8Array {
  return rootItem(
    9200,
    (e) => {
      for (let i = 0; i < 150; i++) encoding.writeUint8(e, 0x80);
      encoding.writeUint8(e, 0);
    },
    (e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeUint8(e, 126); // null
    },
  );
}
