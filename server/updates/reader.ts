import type { Problem } from '../../src/i18n/problem.ts';

/**
 * Reads the primitives of lib0's encoding (as Yjs writes them) with every length checked
 * against the bytes at hand. lib0's own decoder reads a lying length as a view past the end of
 * the message, and its `readAny` recurses as deep as a message nests: a short frame nested a
 * few thousand deep overflowed the stack of a freshly started server.
 */
export class UpdateError extends Error {
  /** What the page tells the person whose change it was; most refusals mean a broken or altered page. */
  constructor(
    message: string,
    readonly problem: Problem = { code: 'changeMalformed' },
  ) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Nesting of arrays and objects in one value, as deep as any board's data needs and then some. */
export const MAX_VALUE_DEPTH = 64;

/** Clocks past this would take a client billions of edits: only a forged update gets there. */
export const MAX_CLOCK = 2 ** 40;

/** Enough for any integer up to 2^53, the largest a number holds exactly. */
const MAX_VARINT_BYTES = 8;

function safe(num: number): number {
  if (!Number.isSafeInteger(num)) throw new UpdateError('an integer is out of range');
  return num;
}

export class ByteReader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  uint8(): number {
    // Written so that a position that is not a number (it cannot be one: see bytesOf) fails too.
    if (!(this.pos < this.bytes.length)) throw new UpdateError('the update ends too early');
    return this.bytes[this.pos++]!;
  }

  /**
   * lib0's varUint, at most 8 bytes (56 bits) long. lib0's own reader takes any number of
   * continuation bytes, and past about 150 of them its multiplier is Infinity and a final zero
   * byte makes the result NaN, which every later comparison lets through.
   */
  varUint(): number {
    let num = 0;
    let mult = 1;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      const byte = this.uint8();
      num += (byte & 0x7f) * mult;
      if (byte < 0x80) return safe(num);
      mult *= 128;
    }
    throw new UpdateError('an integer is out of range');
  }

  /** lib0's varInt: a sign and 6 bits in the first byte, 7 in each after it, at most 8 bytes. */
  varInt(): number {
    let byte = this.uint8();
    let num = byte & 0x3f;
    const sign = byte & 0x40 ? -1 : 1;
    let mult = 64;
    for (let i = 1; byte & 0x80; i++) {
      if (i === MAX_VARINT_BYTES) throw new UpdateError('an integer is out of range');
      byte = this.uint8();
      num += (byte & 0x7f) * mult;
      mult *= 128;
    }
    return sign * safe(num);
  }

  /** A clock or length, bounded so sums of them stay exact. */
  clock(): number {
    const value = this.varUint();
    if (value > MAX_CLOCK) throw new UpdateError('a clock is out of range');
    return value;
  }

  bytesOf(length: number): Uint8Array {
    if (!Number.isSafeInteger(length) || length < 0) throw new UpdateError('a length is not a whole number');
    if (length > this.bytes.length - this.pos) throw new UpdateError('a length points past the end of the update');
    const out = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  varBytes(): Uint8Array {
    return this.bytesOf(this.varUint());
  }

  string(): string {
    try {
      return utf8.decode(this.varBytes());
    } catch (error) {
      if (error instanceof UpdateError) throw error;
      throw new UpdateError('a string is not valid UTF-8');
    }
  }

  private view(length: number): DataView {
    const bytes = this.bytesOf(length);
    return new DataView(bytes.buffer, bytes.byteOffset, length);
  }

  /**
   * A value of lib0's `writeAny` format, refused when nested deeper than MAX_VALUE_DEPTH or
   * holding a key that would reach an object's prototype where Yjs rebuilds it.
   */
  any(depth = 0): unknown {
    if (depth > MAX_VALUE_DEPTH) throw new UpdateError(`a value is nested deeper than ${MAX_VALUE_DEPTH} levels`);
    const type = this.uint8();
    switch (type) {
      case 127:
        return undefined;
      case 126:
        return null;
      case 125:
        return this.varInt();
      case 124:
        return this.view(4).getFloat32(0, false);
      case 123:
        return this.view(8).getFloat64(0, false);
      case 122:
        return this.view(8).getBigInt64(0, false);
      case 121:
        return false;
      case 120:
        return true;
      case 119:
        return this.string();
      case 118: {
        const length = this.varUint();
        const object: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
        for (let i = 0; i < length; i++) {
          const key = this.string();
          if (key === '__proto__') throw new UpdateError('a value holds the key "__proto__"');
          object[key] = this.any(depth + 1);
        }
        return object;
      }
      case 117: {
        const length = this.varUint();
        if (length > this.bytes.length - this.pos) throw new UpdateError('a length points past the end of the update');
        const array: unknown[] = [];
        for (let i = 0; i < length; i++) array.push(this.any(depth + 1));
        return array;
      }
      case 116:
        return this.varBytes();
      default:
        throw new UpdateError(`a value has an unknown type (${type})`);
    }
  }
}

/**
 * How deeply a JSON text nests, counted without parsing it: JSON.parse and JSON.stringify
 * recurse, and Yjs runs both over the JSON, embed and format content of every update.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) deepest = Math.max(deepest, ++depth);
    else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return deepest;
}
