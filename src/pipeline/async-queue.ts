/**
 * An unbounded queue that is also an async iterable: producers `push` as values become known, and any number
 * of consumers pull with `next()` concurrently (each value goes to exactly one of them). `close()` ends the
 * iteration once the queued values are taken; `return()` (a consumer giving up) ends it at once.
 */
export class AsyncQueue<T> implements AsyncIterableIterator<T> {
  private readonly values: T[] = [];
  private head = 0;
  private readonly waiting: Array<(result: IteratorResult<T, undefined>) => void> = [];
  private closed = false;

  /** Queue a value; ignored once the queue is closed. */
  push(value: T): void {
    if (this.closed) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter({ done: false, value });
    else this.values.push(value);
  }

  /** No more values: consumers get what is queued, then the end. */
  close(): void {
    this.closed = true;
    if (this.head >= this.values.length) this.release();
  }

  /** Whether `close()` or `return()` was called. */
  get isClosed(): boolean {
    return this.closed;
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.head < this.values.length) {
      const value = this.values[this.head] as T;
      this.head++;
      // Drop the consumed prefix now and then, so a long run does not keep every value it ever queued.
      if (this.head > 1024 && this.head * 2 > this.values.length) {
        this.values.splice(0, this.head);
        this.head = 0;
      }
      return Promise.resolve({ done: false, value });
    }
    if (this.closed) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T, undefined>> {
    this.closed = true;
    this.values.length = 0;
    this.head = 0;
    this.release();
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private release(): void {
    for (const waiter of this.waiting.splice(0)) waiter({ done: true, value: undefined });
  }
}
