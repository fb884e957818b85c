/**
 * What issue 16's write/link-facts statement (ENDS / DENIES links, validity, publisherCount,
 * contested) adds to ingest: ingests a generated corpus through `ingestFiles` (link-facts
 * included, as always), then runs link-facts again over every fact in chunks the size of a
 * batch's facts, in the same run on the same graph. Its time over the ingest time is the share
 * link-facts takes of the write path. Needs NEO4J_URI (a disposable database: it is emptied).
 * Usage: npx tsx bench/linkFactsCost.ts [articles=500]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config/loadConfig.ts';
import { applyMigrations } from '../src/graph/applyMigrations.ts';
import { openGraph } from '../src/graph/Graph.ts';
import { linkFacts } from '../src/graph/linkFacts.ts';
import { ingestFiles } from '../src/ingest/ingestFiles.ts';
import { loadEntityRegistry } from '../src/ingest/loadEntityRegistry.ts';
import { generateCorpus } from './generateCorpus.ts';

const articles = Number(process.argv[2] ?? 500);
const config = loadConfig();
if (!process.env.NEO4J_URI) throw new Error('set NEO4J_URI to a disposable database');
const graph = openGraph(config);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-linkfacts-'));
try {
  await graph.runText('MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n', {}, { write: true });
  await applyMigrations(graph, config.rootDir);
  const { facts } = generateCorpus({ articles, seed: 7, dir });
  const t0 = performance.now();
  await ingestFiles(graph, [dir], { registry: loadEntityRegistry(config.rootDir) });
  const ingestMs = performance.now() - t0;
  const ids = (await graph.runText<{ id: string }>('MATCH (f:Fact) RETURN f.id AS id')).map((r) => r.id);
  const chunk = Math.max(1, Math.round(ids.length / Math.ceil(articles / 100)));
  const t1 = performance.now();
  for (let i = 0; i < ids.length; i += chunk) await graph.write((tx) => linkFacts(tx, graph.cypher, ids.slice(i, i + chunk)));
  const linkMs = performance.now() - t1;
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`${articles} articles, ${facts} facts reported, ${ids.length} facts: ingest ${(ingestMs / 1000).toFixed(1)} s; link-facts alone over the same facts ${(linkMs / 1000).toFixed(1)} s (${((100 * linkMs) / ingestMs).toFixed(0)}% of the ingest time); load average ${load}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  await graph.close();
}
