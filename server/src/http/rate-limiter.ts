/**
 * Requests allowed per key (a client address, an account) per minute, as a token bucket: a key may spend its whole
 * minute's allowance at once and earns it back evenly over the minute. In memory, per API process.
 *
 * Memory stays bounded: the entries are kept in least-recently-used order, an entry idle for a minute (a full bucket,
 * the same as no entry) is dropped on the next call, and beyond `maxKeys` the least recently used are dropped too.
 */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(private readonly perMinute: number, private readonly maxKeys = 100_000) {
    this.perMs = perMinute / 60_000;
  }

  /** Spends one request of `key`; returns 0 when allowed, else the seconds to wait before the next is allowed. */
  take(key: string, now: number): number {
    if (this.perMinute <= 0) return 0;
    this.prune(now);
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMs) : this.perMinute;
    this.buckets.delete(key);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000));
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    return 0;
  }

  /** How many keys are remembered (for tests). */
  get size(): number {
    return this.buckets.size;
  }

  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.at < 60_000 && this.buckets.size < this.maxKeys) break;
      this.buckets.delete(key);
    }
  }
}
