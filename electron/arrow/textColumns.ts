import { Data, makeData, Utf8, Vector, type Dictionary } from 'apache-arrow';

const encoder = new TextEncoder();

/** A growable typed array: doubled when full, so appends stay amortised O(1) without an allocation per value. */
function grown<T extends Uint8Array | Int32Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  let size = array.length * 2;
  while (size < needed) size *= 2;
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}

/**
 * How a column hands out its buffers at a flush: copies (the batch may be kept, as an in-memory IPC stream keeps it),
 * or views of its own buffers, overwritten by the next batch (for a writer that has written the batch when its
 * handler returns: no copy, and no garbage per batch).
 */
export type BufferUse = 'copy' | 'reuse';

function part<T extends Uint8Array | Int32Array>(array: T, length: number, use: BufferUse): T {
  return (use === 'reuse' ? array.subarray(0, length) : array.slice(0, length)) as T;
}

/** Validity bits of a column being built (bit set = value present), reused batch after batch. */
class Validity {
  bits = new Uint8Array(256);
  nulls = 0;
  /** Bytes of bits handed out as a view at the last flush, cleared when the next batch starts. */
  private lent = 0;

  constructor(private readonly use: BufferUse) {}

  mark(index: number, valid: boolean): void {
    if (this.lent) {
      this.bits.fill(0, 0, this.lent);
      this.lent = 0;
    }
    this.bits = grown(this.bits, (index >> 3) + 1);
    if (valid) this.bits[index >> 3] |= 1 << (index & 7);
    else this.nulls++;
  }

  /** The bitmap of `length` values (none when all are present), and the builder made ready for the next batch. */
  take(length: number): { nullCount: number; nullBitmap: Uint8Array | undefined } {
    const nullCount = this.nulls;
    const bytes = (length + 7) >> 3;
    const nullBitmap = nullCount ? part(this.bits, bytes, this.use) : undefined;
    if (nullCount && this.use === 'reuse') this.lent = bytes;
    else this.bits.fill(0, 0, bytes);
    this.nulls = 0;
    return { nullCount, nullBitmap };
  }
}

/**
 * A UTF-8 column written straight into one growing byte buffer with `encodeInto`. apache-arrow's Utf8Builder encodes
 * every value into a Uint8Array of its own and keeps them in a Map until the batch is flushed: millions of small
 * allocations for the lines table. Same Arrow data, without them.
 */
export class TextColumn {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private offsets = new Int32Array(1024);
  private length = 0;
  private readonly validity: Validity;

  constructor(private readonly use: BufferUse = 'copy') {
    this.validity = new Validity(use);
  }

  append(value: unknown): void {
    this.offsets = grown(this.offsets, this.length + 2);
    if (value === null || value === undefined) {
      this.validity.mark(this.length, false);
    } else {
      const text = String(value);
      // Three bytes per UTF-16 unit is the most UTF-8 can take (a surrogate pair is two units for four bytes).
      this.bytes = grown(this.bytes, this.used + text.length * 3);
      this.used += encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
      this.validity.mark(this.length, true);
    }
    this.offsets[++this.length] = this.used;
  }

  flush(): Data<Utf8> {
    const { nullCount, nullBitmap } = this.validity.take(this.length);
    const data = makeData({
      type: new Utf8(), length: this.length, nullCount, nullBitmap,
      valueOffsets: part(this.offsets, this.length + 1, this.use), data: part(this.bytes, this.used, this.use),
    });
    this.length = 0;
    this.used = 0;
    return data;
  }
}

/**
 * A dictionary-encoded UTF-8 column: each distinct value stored once, each row an Int32 index. Every batch's
 * dictionary is the previous one plus the values first seen in this batch, so IPC writers send only the delta.
 */
export class DictionaryColumn {
  private readonly keys = new Map<string, number>();
  /** Always copied: every later batch's dictionary holds the earlier deltas. */
  private readonly fresh = new TextColumn('copy');
  private dictionary: Vector<Utf8> | null = null;
  private indices = new Int32Array(1024);
  private length = 0;
  private readonly validity: Validity;

  constructor(private readonly type: Dictionary<Utf8>, private readonly use: BufferUse = 'copy') {
    this.validity = new Validity(use);
  }

  append(value: unknown): void {
    this.indices = grown(this.indices, this.length + 1);
    if (value === null || value === undefined) {
      this.validity.mark(this.length, false);
      this.indices[this.length++] = 0;
      return;
    }
    const text = String(value);
    let key = this.keys.get(text);
    if (key === undefined) {
      key = this.keys.size;
      this.keys.set(text, key);
      this.fresh.append(text);
    }
    this.validity.mark(this.length, true);
    this.indices[this.length++] = key;
  }

  flush(): Data<Dictionary<Utf8>> {
    const delta = new Vector([this.fresh.flush()]);
    this.dictionary = this.dictionary ? this.dictionary.concat(delta) : delta;
    const { nullCount, nullBitmap } = this.validity.take(this.length);
    const data = makeData({
      type: this.type, length: this.length, nullCount, nullBitmap,
      data: part(this.indices, this.length, this.use), dictionary: this.dictionary,
    });
    this.length = 0;
    return data;
  }
}
