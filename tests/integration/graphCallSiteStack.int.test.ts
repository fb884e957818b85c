import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutCallSiteStack, type Graph } from '../../src/graph/Graph.ts';
import { openTestGraph } from '../support/testGraph.ts';

/**
 * neo4j-driver formats a stack trace for every Result it creates (to graft onto a later
 * failure); under tsx that is a source-map lookup per frame on every statement. Graph sends
 * its statements with stack capture off (withoutCallSiteStack), so a failure carries no
 * call-site frames, and Error.stackTraceLimit is back as it was afterwards.
 */
describe('statements without the driver call-site stack', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = openTestGraph();
  });
  afterAll(async () => {
    await graph.close();
  });

  const driverFailure = async (send: () => Promise<unknown>) => {
    const error = (await send().then(
      () => null,
      (e: unknown) => e,
    )) as { cause?: Error } | null;
    expect(error, 'the bad statement was refused').not.toBeNull();
    return error!.cause!;
  };

  it('an API statement (runStatement) fails with the mapped error and a driver error without call-site frames', async () => {
    const limit = Error.stackTraceLimit;
    const cause = await driverFailure(() => graph.runStatement({ text: 'RETURN 1 +', params: {} }));
    expect(cause.message).toMatch(/Invalid input|Unexpected end/i);
    expect(cause.stack).not.toMatch(/\n\s+at /);
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it('a statement in a transaction function (read / write) fails the same way', async () => {
    const cause = await driverFailure(() => graph.runText('RETURN 1 +'));
    expect(cause.stack).not.toMatch(/\n\s+at /);
  });

  it('withoutCallSiteStack restores the limit when the call throws', () => {
    const limit = Error.stackTraceLimit;
    let inside = '';
    expect(() =>
      withoutCallSiteStack(() => {
        inside = new Error('probe').stack ?? '';
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(inside).toBe('Error: probe');
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('after').stack).toMatch(/\n\s+at /);
  });
});
