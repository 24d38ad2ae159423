// The one cache helper: every memo in the tree (folded words, stems, token lists, formatters, the
// gazetteers and lists read once, the data layer's per-data-version results) is one of these.
//
// BoundedCache keeps at most `max` entries and evicts the least recently used ones, approximated with
// two generations (the "hashlru" scheme, as in the quick-lru package): entries live in a young and an
// old map; a read of a young entry is one Map lookup, a read of an old one moves it to the young map, and
// when the young map is full it becomes the old one and the previous old one is dropped whole. So a
// word the press keeps repeating stays, one that has not been read for a whole generation goes, and no
// read pays for bookkeeping (measured against an exact LRU and clear-when-full maps: README, "Caches").

export class BoundedCache<K, V extends NonNullable<unknown> | null> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly generation: number;

  /** `max`: the most entries held (two generations of max/2). */
  constructor(readonly max: number) {
    if (!(max >= 2)) throw new Error(`BoundedCache: max must be at least 2 (got ${max})`);
    this.generation = Math.ceil(max / 2);
  }

  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.old.delete(key);
      this.promote(key, aged);
    }
    return aged;
  }

  has(key: K): boolean {
    return this.young.has(key) || this.old.has(key);
  }

  /** `value` must not be undefined: a read answers undefined for "not held". */
  set(key: K, value: V): this {
    if (value === undefined) throw new Error("BoundedCache: undefined is not a value it can hold");
    if (this.young.has(key)) this.young.set(key, value);
    else {
      this.old.delete(key);
      this.promote(key, value);
    }
    return this;
  }

  delete(key: K): boolean {
    return this.young.delete(key) || this.old.delete(key);
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  private promote(key: K, value: V): void {
    this.young.set(key, value);
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = new Map();
    }
  }
}

/** `compute` remembered for the `max` most recently used keys. */
export function memoize<K, V extends NonNullable<unknown> | null>(compute: (key: K) => V, max: number): (key: K) => V {
  const cache = new BoundedCache<K, V>(max);
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** `build` run on the first call only (a list read and validated once per process). */
export function once<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}

/**
 * `compute` remembered per object (a gazetteer, a lexicon, a configuration) for as long as the object
 * lives: what is derived from a list read once is derived once, and a list read anew (tests) gets its own.
 */
export function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
