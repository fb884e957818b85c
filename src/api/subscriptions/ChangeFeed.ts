import type { Graph } from '../../graph/Graph.ts';
import { latestChange, readChanges, type ChangeEvent } from '../../graph/readChanges.ts';
import { SubscriberQueue } from './SubscriberQueue.ts';

/** Events a subscriber may have waiting before it is told it fell behind. */
export const SUBSCRIBER_QUEUE_LIMIT = 1000;

const READ_BATCH = 500;

/**
 * Follows the graph's change log (src/graph/recordChange.ts) and hands each committed event,
 * in order, to every subscriber's queue. It polls only while someone is subscribed, starting
 * from the log's end at the first subscription; a failed read is retried on the next tick.
 */
export class ChangeFeed {
  private readonly queues = new Set<SubscriberQueue<ChangeEvent>>();
  private last = 0;
  private loop: Promise<void> | undefined;
  private starting: Promise<void> | undefined;
  private stopped = false;
  private wake: (() => void) | undefined;
  private warned = false;

  constructor(
    private readonly graph: Graph,
    private readonly pollMs: number,
    private readonly queueLimit = SUBSCRIBER_QUEUE_LIMIT,
    private readonly log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  ) {}

  /** A new subscriber's queue; events committed from now on arrive in it. */
  async subscribe(): Promise<SubscriberQueue<ChangeEvent>> {
    if (!this.loop) {
      // The first subscriber: start at the log's end (one read shared by concurrent first subscribers).
      this.starting ??= latestChange(this.graph).then(
        (seq) => void (this.last = seq),
        (error) => {
          this.starting = undefined;
          throw error;
        },
      );
      await this.starting;
    }
    const queue = new SubscriberQueue<ChangeEvent>(this.queueLimit, () => this.queues.delete(queue));
    this.queues.add(queue);
    if (!this.loop && !this.stopped) this.loop = this.follow();
    return queue;
  }

  /** Stops following and ends every subscriber's queue. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    for (const queue of [...this.queues]) queue.close();
    await this.loop;
  }

  private async follow(): Promise<void> {
    while (!this.stopped && this.queues.size > 0) {
      let count = 0;
      try {
        const events = await readChanges(this.graph, this.last, READ_BATCH);
        count = events.length;
        // Numbers are gapless: a gap means writers pruned events before they were read here
        // (NEWSGRAPH_CHANGE_LOG_KEEP_*). Every subscriber is told, never skipped silently.
        const missed = events.length ? events[0]!.seq - this.last - 1 : 0;
        if (missed > 0) for (const queue of this.queues) queue.missed(missed);
        for (const event of events) {
          this.last = event.seq;
          for (const queue of this.queues) queue.push(event);
        }
        this.warned = false;
      } catch (error) {
        if (!this.warned) this.log(`newsgraph: subscriptions: cannot read the change log (${(error as Error).message}); retrying`);
        this.warned = true;
      }
      if (count < READ_BATCH) await this.sleep();
    }
    // Nobody left: the next first subscriber starts again from the log's end.
    this.loop = undefined;
    this.starting = undefined;
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.pollMs);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wake = undefined;
        resolve();
      }
      this.wake = done;
    });
  }
}
