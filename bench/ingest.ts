/**
 * Ingest benchmark (not a test): generates a few thousand fact files in a temp folder and
 * loads them into a throwaway local Neo4j twice in the same run:
 *   batched - newsgraph's ingest (ingestArticle: one transaction per article, UNWIND batches)
 *   naive   - one auto-committed statement per fact (MERGE subject, object, fact, provenance)
 * and reports facts per second for both. Usage:
 *   npm run bench:ingest -- [--files 2000] [--facts 5] [--entities 400] [--neo4j-uri bolt://...]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { loadConfig, PROJECT_ROOT } from '../src/config/loadConfig.ts';
import { openGraph, type Graph } from '../src/graph/Graph.ts';
import { applyMigrations } from '../src/graph/applyMigrations.ts';
import { ingestArticle } from '../src/ingest/ingestArticle.ts';
import { loadFactFile } from '../src/ingest/loadFactFile.ts';
import type { FactFile } from '../src/ingest/factFileSchema.ts';
import { loadEntityRegistry } from '../src/ingest/loadEntityRegistry.ts';
import { isRelationType } from '../src/model/vocabulary.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../src/local-neo4j/startThrowawayNeo4j.ts';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '2000' },
    facts: { type: 'string', default: '5' },
    entities: { type: 'string', default: '400' },
    'neo4j-uri': { type: 'string' },
  },
});
const FILES = Number(values.files);
const FACTS_PER_FILE = Number(values.facts);
const ENTITIES = Number(values.entities);
/** Relations whose subject and object may both be a Country or an Organization. */
const RELATIONS = ['SANCTIONED', 'CRITICIZED', 'ACCUSED', 'ALLY_OF', 'THREATENED', 'CONSULTED'];

/** A small deterministic PRNG, so every run generates the same corpus. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Writes FILES fact files over a pool of ENTITIES entities; facts repeat across files (corroboration). */
function generate(dir: string): number {
  fs.mkdirSync(dir, { recursive: true });
  const rand = prng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const pool = Array.from({ length: ENTITIES }, (_, i) =>
    i % 3 === 0
      ? { id: `bench-country-${i}`, type: 'Country', name: `Benchland ${i}`, aliases: [`Capital ${i}`] }
      : { id: `bench-org-${i}`, type: 'Organization', kind: 'government', name: `Bench Agency ${i}`, aliases: [] as string[] },
  );
  let facts = 0;
  for (let f = 0; f < FILES; f++) {
    const used = new Map<string, (typeof pool)[number]>();
    const rows = Array.from({ length: FACTS_PER_FILE }, () => {
      const s = pick(pool);
      let o = pick(pool);
      while (o === s) o = pick(pool);
      used.set(s.id, s).set(o.id, o);
      return { subject: s.id, relation: pick(RELATIONS), object: o.id, evidence: `${s.name} and ${o.name}`, date: `2025-${String(1 + (f % 12)).padStart(2, '0')}` };
    });
    facts += rows.length;
    const file = { article: { id: `bench-article-${f}`, title: `Bench article ${f}`, publishedAt: '2025' }, entities: [...used.values()], facts: rows };
    fs.writeFileSync(path.join(dir, `bench-${String(f).padStart(5, '0')}.facts.yaml`), stringify(file));
  }
  return facts;
}

// The baseline a first attempt would write: one auto-committed statement per fact, labels and
// relationship type spliced per statement, no batching. Bench-only; the product never runs it.
const NAIVE_FACT = `
MERGE (s:Entity {id: $s.id}) ON CREATE SET s:__S__, s.name = $s.name
MERGE (o:Entity {id: $o.id}) ON CREATE SET o:__O__, o.name = $o.name
MERGE (a:Article {id: $article.id}) ON CREATE SET a.title = $article.title
MERGE (f:Fact {id: $fact.id}) ON CREATE SET f.relation = $fact.relation, f.subjectId = $s.id, f.objectId = $o.id
MERGE (f)-[:SUBJECT]->(s)
MERGE (f)-[:OBJECT]->(o)
MERGE (a)-[:MENTIONS]->(s)
MERGE (a)-[:MENTIONS]->(o)
MERGE (a)-[r:REPORTS]->(f) SET r.evidence = $fact.evidence, r.date = $fact.date
MERGE (s)-[e:__REL__ {factId: $fact.id}]->(o)
WITH f, e
MATCH (f)<-[rs:REPORTS]-()
WITH f, e, count(rs) AS n
SET f.sourceCount = n, e.sourceCount = n`;

async function naive(graph: Graph, files: FactFile[]): Promise<void> {
  for (const file of files) {
    const byId = new Map(file.entities.map((e) => [e.id, e]));
    for (const fact of file.facts) {
      const s = byId.get(fact.subject)!;
      const o = byId.get(fact.object)!;
      if (!isRelationType(fact.relation)) throw new Error(fact.relation);
      const cypher = NAIVE_FACT.replace('__S__', s.type).replace('__O__', o.type).replace('__REL__', fact.relation);
      await graph.writeQuery(cypher, {
        s: { id: s.id, name: s.name },
        o: { id: o.id, name: o.name },
        article: { id: file.article.id, title: file.article.title },
        fact: { id: `${s.id}|${fact.relation}|${o.id}`, relation: fact.relation, evidence: fact.evidence, date: fact.date ?? null },
      });
    }
  }
}

async function counts(graph: Graph) {
  const [row] = await graph.readQuery<{ facts: number; reports: number; entities: number }>(
    'CALL () { MATCH (f:Fact) RETURN count(f) AS facts } CALL () { MATCH ()-[r:REPORTS]->() RETURN count(r) AS reports } CALL () { MATCH (e:Entity) RETURN count(e) AS entities } RETURN facts, reports, entities',
  );
  return row!;
}

async function main(): Promise<void> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-ingest-'));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let uri = values['neo4j-uri'];
  let neo4j: ThrowawayNeo4j | undefined;
  if (!uri) {
    log('starting a throwaway Neo4j...');
    neo4j = await startThrowawayNeo4j({ rootDir: PROJECT_ROOT, prefix: 'newsgraph-bench-ingest-neo4j-', log });
    uri = neo4j.uri;
  }
  const auth = neo4j ? { NEO4J_PASSWORD: neo4j.password } : {};
  const graph = openGraph(loadConfig({ ...process.env, NEO4J_URI: uri, ...auth, NEWSGRAPH_QUERY_TIMEOUT_MS: '120000' }));
  // Deleting in slices keeps each transaction small.
  const reset = async () => {
    for (;;) {
      const [row] = await graph.writeQuery<{ n: number }>('MATCH (n) WHERE NOT n:SchemaMigration WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n');
      if (!row?.n) return;
    }
  };
  try {
    await reset();
    await applyMigrations(graph, PROJECT_ROOT);
    const dir = path.join(home, 'facts');
    const totalFacts = generate(dir);
    const registry = loadEntityRegistry(PROJECT_ROOT);
    const names = fs.readdirSync(dir).sort();
    let t0 = performance.now();
    const files: FactFile[] = [];
    for (const name of names) files.push(await loadFactFile(path.join(dir, name), { registry }));
    const parseMs = performance.now() - t0;
    log(`generated and parsed ${names.length} fact files (${totalFacts} facts) in ${(parseMs / 1000).toFixed(1)}s`);

    // Warm-up on a few files, so both loaders run with planned statements; then start clean.
    for (const file of files.slice(0, 5)) await ingestArticle(graph, file, { registry });
    await naive(graph, files.slice(0, 5));
    await reset();

    t0 = performance.now();
    for (const file of files) await ingestArticle(graph, file, { registry });
    const batchedMs = performance.now() - t0;
    const batchedCounts = await counts(graph);
    log(`batched: ${(batchedMs / 1000).toFixed(1)}s`);

    await reset();
    t0 = performance.now();
    await naive(graph, files);
    const naiveMs = performance.now() - t0;
    const naiveCounts = await counts(graph);
    log(`naive: ${(naiveMs / 1000).toFixed(1)}s`);

    const rate = (ms: number) => Math.round(totalFacts / (ms / 1000));
    const results = {
      machine: { cpus: os.cpus().length, load1: os.loadavg()[0] ?? 0, node: process.version },
      files: FILES,
      factsPerFile: FACTS_PER_FILE,
      entityPool: ENTITIES,
      facts: totalFacts,
      parse: { ms: Math.round(parseMs), filesPerSecond: Math.round(FILES / (parseMs / 1000)) },
      batched: { ms: Math.round(batchedMs), factsPerSecond: rate(batchedMs), graph: batchedCounts },
      naive: { ms: Math.round(naiveMs), factsPerSecond: rate(naiveMs), graph: naiveCounts },
      speedup: Number((naiveMs / batchedMs).toFixed(2)),
    };
    console.log(`\ningest benchmark: ${FILES} files x ${FACTS_PER_FILE} facts over ${ENTITIES} entities (${os.cpus().length} cores, load ${results.machine.load1.toFixed(1)})`);
    console.log('| loader | time | facts/s | Fact nodes | REPORTS |');
    console.log('| --- | --- | --- | --- | --- |');
    console.log(`| batched (ingestArticle, 1 tx/article) | ${(batchedMs / 1000).toFixed(1)} s | ${results.batched.factsPerSecond} | ${batchedCounts.facts} | ${batchedCounts.reports} |`);
    console.log(`| naive (1 statement/fact) | ${(naiveMs / 1000).toFixed(1)} s | ${results.naive.factsPerSecond} | ${naiveCounts.facts} | ${naiveCounts.reports} |`);
    console.log(`batched is ${results.speedup}x the naive rate; parsing + validation: ${results.parse.filesPerSecond} files/s`);
    const out = path.join(PROJECT_ROOT, 'bench', 'results');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'ingest.json'), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await graph.close();
    await neo4j?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

await main();
