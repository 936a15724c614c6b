/**
 * A Map for what a process remembers to skip repeated work (checked cookies, parsed templates,
 * normalised addresses): when it holds `most` entries, adding a new key empties it first. An
 * answer dropped that way is only worked out again, so no eviction order is worth keeping, and
 * the memory a stream of distinct keys (a crawler, an attacker) can take stays bounded.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly most: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.most && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

/** The Set of the same kind: emptied when a new value would take it past `most`. */
export class BoundedSet<T> extends Set<T> {
  constructor(private readonly most: number) {
    super();
  }

  override add(value: T): this {
    if (this.size >= this.most && !this.has(value)) this.clear();
    return super.add(value);
  }
}
