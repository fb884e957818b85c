import { describe, expect, it } from 'vitest';
import { SubscriberQueue, isFellBehind } from '../../src/api/subscriptions/SubscriberQueue.ts';

describe('SubscriberQueue', () => {
  it('hands events over in order, also to a reader already waiting', async () => {
    const q = new SubscriberQueue<number>(10);
    const pending = q.next();
    q.push(1);
    q.push(2);
    expect(await pending).toEqual({ value: 1, done: false });
    expect(await q.next()).toEqual({ value: 2, done: false });
  });

  it('a reader that falls behind gets one FellBehind marker, then the end: never a silent gap', async () => {
    let closed = 0;
    const q = new SubscriberQueue<number>(3, () => closed++);
    for (let i = 0; i < 5; i++) q.push(i);
    const first = await q.next();
    expect(isFellBehind(first.value)).toBe(true);
    expect(first.value).toMatchObject({ limit: 3, dropped: 4 });
    expect(await q.next()).toEqual({ value: undefined, done: true });
    expect(closed).toBe(1);
  });

  it('events pruned before they were read: one FellBehind marker (pruned), also to a waiting reader, then the end', async () => {
    const q = new SubscriberQueue<number>(10);
    q.push(1);
    q.missed(3);
    q.push(2);
    expect((await q.next()).value).toEqual({ fellBehind: true, dropped: 4, limit: 10, pruned: true });
    expect(await q.next()).toEqual({ value: undefined, done: true });
    const waiting = new SubscriberQueue<number>(10);
    const pending = waiting.next();
    waiting.missed(2);
    expect((await pending).value).toMatchObject({ fellBehind: true, dropped: 2, pruned: true });
  });

  it('return() (the client unsubscribed) ends a pending read and runs onClose once', async () => {
    let closed = 0;
    const q = new SubscriberQueue<number>(3, () => closed++);
    const pending = q.next();
    await q.return();
    expect(await pending).toEqual({ value: undefined, done: true });
    q.push(1);
    expect(closed).toBe(1);
  });
});
