/**
 * Reads the primitives of lib0's encoding (as Yjs writes them) with every length checked
 * against the bytes at hand. lib0's own decoder reads a lying length as a view past the end of
 * the message, and its `readAny` recurses as deep as a message nests: a short frame nested a
 * few thousand deep overflowed the stack of a freshly started server.
 */
export class UpdateError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Nesting of arrays and objects in one value, as deep as any board's data needs and then some. */
export const MAX_VALUE_DEPTH = 64;

/** Clocks past this would take a client billions of edits: only a forged update gets there. */
export const MAX_CLOCK = 2 ** 40;

export class ByteReader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  uint8(): number {
    if (this.pos >= this.bytes.length) throw new UpdateError('the update ends too early');
    return this.bytes[this.pos++]!;
  }

  varUint(): number {
    let num = 0;
    let mult = 1;
    for (;;) {
      const byte = this.uint8();
      num += (byte & 0x7f) * mult;
      if (byte < 0x80) return num;
      mult *= 128;
      if (num > Number.MAX_SAFE_INTEGER) throw new UpdateError('an integer is out of range');
    }
  }

  varInt(): number {
    let byte = this.uint8();
    let num = byte & 0x3f;
    const sign = byte & 0x40 ? -1 : 1;
    let mult = 64;
    while (byte & 0x80) {
      byte = this.uint8();
      num += (byte & 0x7f) * mult;
      mult *= 128;
      if (num > Number.MAX_SAFE_INTEGER) throw new UpdateError('an integer is out of range');
    }
    return sign * num;
  }

  /** A clock or length, bounded so sums of them stay exact. */
  clock(): number {
    const value = this.varUint();
    if (value > MAX_CLOCK) throw new UpdateError('a clock is out of range');
    return value;
  }

  bytesOf(length: number): Uint8Array {
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
