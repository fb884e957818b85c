/** Put in place of the events a subscriber missed: the subscription ends after it. */
export interface FellBehind {
  fellBehind: true;
  /** Events that were waiting when the queue overflowed (all dropped), or that were pruned from the log unread. */
  dropped: number;
  limit: number;
  /** True when the events were pruned from the change log before the server read them (see ChangeFeed). */
  pruned?: boolean;
}

/** True for the FellBehind marker. */
export function isFellBehind(value: unknown): value is FellBehind {
  return typeof value === 'object' && value !== null && (value as FellBehind).fellBehind === true;
}

/**
 * One subscriber's bounded buffer of events, read as an async iterator. When more than
 * `limit` events wait (the client reads slower than the graph changes), the waiting events
 * are dropped and replaced by one FellBehind marker, after which the iterator ends: the
 * client is told, never silently skipped ahead.
 */
export class SubscriberQueue<T> implements AsyncIterableIterator<T | FellBehind> {
  private readonly buffer: Array<T | FellBehind> = [];
  private waiting: ((result: IteratorResult<T | FellBehind>) => void) | undefined;
  private ending = false;
  private closed = false;

  constructor(
    private readonly limit: number,
    private readonly onClose: () => void = () => {},
  ) {}

  /** Adds an event; overflows into FellBehind as described above. */
  push(item: T): void {
    if (this.closed || this.ending) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: item, done: false });
      return;
    }
    if (this.buffer.length >= this.limit) {
      const dropped = this.buffer.length + 1;
      this.buffer.length = 0;
      this.buffer.push({ fellBehind: true, dropped, limit: this.limit });
      this.ending = true;
      return;
    }
    this.buffer.push(item);
  }

  /**
   * Events were lost before they reached this queue (pruned from the change log unread): the
   * waiting events are dropped and replaced by one FellBehind marker, after which the iterator ends.
   */
  missed(count: number): void {
    if (this.closed || this.ending) return;
    const dropped = this.buffer.length + count;
    this.buffer.length = 0;
    this.buffer.push({ fellBehind: true, dropped, limit: this.limit, pruned: true });
    this.ending = true;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: this.buffer.shift()!, done: false });
    }
  }

  /** Events waiting to be read. */
  get size(): number {
    return this.buffer.length;
  }

  next(): Promise<IteratorResult<T | FellBehind>> {
    if (this.buffer.length) return Promise.resolve({ value: this.buffer.shift()!, done: false });
    if (this.ending || this.closed) {
      this.close();
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T | FellBehind>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Stops the queue: a pending read ends, later pushes are ignored, onClose runs once. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.buffer.length = 0;
    this.waiting?.({ value: undefined, done: true });
    this.waiting = undefined;
    this.onClose();
  }
}
