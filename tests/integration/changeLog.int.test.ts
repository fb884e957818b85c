import path from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import type { Graph } from '../../src/graph/Graph.ts';
import { pruneChanges } from '../../src/graph/pruneChanges.ts';
import { latestChange, readChanges } from '../../src/graph/readChanges.ts';
import { recordChange } from '../../src/graph/recordChange.ts';
import { startChangeLogPruning } from '../../src/api/subscriptions/pruneChangeLog.ts';
import type { FactFile } from '../../src/ingest/factFileSchema.ts';
import { ingestArticle } from '../../src/ingest/ingestArticle.ts';
import { loadFactFile } from '../../src/ingest/loadFactFile.ts';
import { openTestGraph, resetGraph, testConfig } from '../support/testGraph.ts';

// The change log subscriptions follow (src/graph/recordChange.ts), against the real Neo4j:
// what a changed article reports, and pruning.
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
  const append = (n: number) =>
    graph.write(async (tx) => {
      for (let i = 0; i < n; i++) await recordChange(tx, graph.cypher, { kind: 'IMPORT', articleIds: [`a${i}`], reportedFactIds: [], removedFactIds: [] });
    });

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

  it('is pruned to the latest N events and to N days; numbering goes on after pruning', async () => {
    await graph.runText('MATCH (e:ChangeEvent) DELETE e', {}, { write: true });
    await append(6);
    const all = await seqs();
    // The two oldest events are ten days old.
    await graph.runText('MATCH (e:ChangeEvent) WHERE e.seq IN $old SET e.at = datetime() - duration({days: 10})', { old: all.slice(0, 2) }, { write: true });
    expect(await pruneChanges(graph, { days: 7, events: 1000 })).toBe(2);
    expect(await seqs()).toEqual(all.slice(2));
    expect(await pruneChanges(graph, { days: 7, events: 3 })).toBe(1);
    expect(await seqs()).toEqual(all.slice(3));
    expect(await pruneChanges(graph, { days: 7, events: 3 })).toBe(0);
    await append(1);
    expect(await latestChange(graph)).toBe(all.at(-1)! + 1);
    expect((await readChanges(graph, all.at(-1)!, 10)).map((e) => e.seq)).toEqual([all.at(-1)! + 1]);
  });

  it('the server prunes it when it starts (and every hour), to NEWSGRAPH_CHANGE_LOG_KEEP_DAYS / _KEEP_EVENTS', async () => {
    await append(5);
    expect(await eventCount()).toBeGreaterThan(2);
    const config = testConfig({ changeLog: { keepDays: 7, keepEvents: 2, pruneEveryMs: 3_600_000 } });
    const logged: string[] = [];
    const stop = startChangeLogPruning(graph, config, (line) => logged.push(line));
    await stop(); // waits for the run at start
    expect(await eventCount()).toBe(2);
    expect(logged).toEqual([]);
  });
});
