import path from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { latestChange, readChanges } from '../../src/graph/readChanges.ts';
import { PRUNE_PER_WRITE, recordChange } from '../../src/graph/recordChange.ts';
import { ChangeFeed } from '../../src/api/subscriptions/ChangeFeed.ts';
import { isFellBehind } from '../../src/api/subscriptions/SubscriberQueue.ts';
import type { FactFile } from '../../src/ingest/factFileSchema.ts';
import { ingestArticle } from '../../src/ingest/ingestArticle.ts';
import { loadFactFile } from '../../src/ingest/loadFactFile.ts';
import { openTestGraph, resetGraph, testConfig } from '../support/testGraph.ts';

// The change log subscriptions follow (src/graph/recordChange.ts), against the real Neo4j:
// what a changed article reports, and the pruning every write does.
describe('the change log', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
  });
  afterAll(async () => {
    await graph?.close();
  });

  const eventCount = async () => (await graph.runText<{ n: number }>('MATCH (e:ChangeEvent) RETURN count(e) AS n'))[0]!.n;
  const seqs = async () => (await graph.runText<{ seq: number }>('MATCH (e:ChangeEvent) RETURN e.seq AS seq ORDER BY seq')).map((r) => r.seq);
  const append = (writer: Graph, n: number) =>
    writer.write(async (tx) => {
      const results = [];
      for (let i = 0; i < n; i++) results.push(await recordChange(tx, writer, { kind: 'IMPORT', articleIds: [`a${i}`], reportedFactIds: [], removedFactIds: [] }));
      return results;
    });
  /** The operators of a statement's plan (EXPLAIN: nothing runs). */
  const explainOperators = async (text: string) => {
    const session = graph.driver.session();
    try {
      const result = await session.run(`EXPLAIN ${text}`, { kind: 'IMPORT', payload: '{}', keepEvents: 3, keepDays: 7, pruneAtMost: 100 });
      const names: string[] = [];
      const walk = (p: { operatorType: string; children: unknown[] }) => {
        names.push(p.operatorType);
        for (const c of p.children) walk(c as never);
      };
      walk(result.summary.plan as never);
      return names;
    } finally {
      await session.close();
    }
  };

  it('a changed article replacing its earlier version records the facts it no longer reports as removed', async () => {
    const alpha = (await loadFactFile(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'facts', 'alpha.facts.yaml'))) as FactFile;
    await ingestArticle(graph, alpha);
    const before = await latestChange(graph);
    // The new version drops the CRITICIZED fact and keeps the other two.
    const changed = { ...alpha, facts: alpha.facts.filter((f) => f.relation !== 'CRITICIZED') };
    await ingestArticle(graph, changed);
    const [event, ...more] = await readChanges(graph, before, 10);
    expect(more).toEqual([]);
    expect(event).toMatchObject({ kind: 'INGEST', articleIds: ['test-alpha'], removedFactIds: ['rufus-firefly|CRITICIZED|ruritania'] });
    expect(event!.reportedFactIds.sort()).toEqual(['rufus-firefly|HOLDS_OFFICE|freedonia', 'ruritania|SANCTIONED|freedonia']);
    // The fact itself is gone (no other article supports it).
    expect(await graph.runText("MATCH (f:Fact {id: 'rufus-firefly|CRITICIZED|ruritania'}) RETURN f")).toEqual([]);
    // The same version again writes nothing, so no event.
    await ingestArticle(graph, changed);
    expect(await latestChange(graph)).toBe(event!.seq);
  });

  it('every write prunes it to the latest N events and to N days; numbering goes on', async () => {
    await graph.runText('MATCH (e:ChangeEvent) DELETE e', {}, { write: true });
    const small = openTestGraph(testConfig({ changeLog: { keepDays: 7, keepEvents: 3 } }));
    try {
      await append(small, 6);
      const last = await latestChange(graph);
      expect(await seqs()).toEqual([last - 2, last - 1, last]);
      // The two oldest kept events become ten days old: the next write removes them too.
      await graph.runText('MATCH (e:ChangeEvent) WHERE e.seq IN $old SET e.at = datetime() - duration({days: 10})', { old: [last - 2, last - 1] }, { write: true });
      const [result] = await append(small, 1);
      expect(result).toEqual({ seq: last + 1, pruned: 2 });
      expect(await seqs()).toEqual([last, last + 1]);
      expect((await readChanges(graph, last, 10)).map((e) => e.seq)).toEqual([last + 1]);
    } finally {
      await small.close();
    }
  });

  it('a lowered retention shrinks the log by at most PRUNE_PER_WRITE events per write, and never deletes the new event', async () => {
    await append(graph, PRUNE_PER_WRITE + 20);
    const before = await eventCount();
    const tiny = openTestGraph(testConfig({ changeLog: { keepDays: 7, keepEvents: 1 } }));
    try {
      const [first] = await append(tiny, 1);
      expect(first!.pruned).toBe(PRUNE_PER_WRITE);
      expect(await eventCount()).toBe(before + 1 - PRUNE_PER_WRITE);
      const [second] = await append(tiny, 1);
      expect(await seqs()).toEqual([second!.seq]);
    } finally {
      await tiny.close();
    }
  });

  it('a follower that finds events pruned before it read them tells its subscribers (never a silent gap)', async () => {
    const feed = new ChangeFeed(graph, 50);
    const queue = await feed.subscribe();
    try {
      // One transaction appends five events and, keeping two, prunes the first three: the feed never sees them.
      const tiny = openTestGraph(testConfig({ changeLog: { keepDays: 7, keepEvents: 2 } }));
      await append(tiny, 5).finally(() => tiny.close());
      const first = await queue.next();
      expect(isFellBehind(first.value)).toBe(true);
      expect(first.value).toMatchObject({ dropped: 3, pruned: true });
      expect((await queue.next()).done).toBe(true);
    } finally {
      await feed.stop();
    }
  });

  it('the pruning reads the oldest events through the seq index (no scan of the whole log)', async () => {
    const operators = await explainOperators(graph.cypher.get('changes/record-change'));
    console.log(`record-change plan: ${operators.join(' > ')}`);
    expect(operators.some((o) => /IndexSeekByRange/.test(o))).toBe(true);
    expect(operators.some((o) => /NodeByLabelScan|AllNodesScan/.test(o))).toBe(false);
  });
});
