// Scratch: PROFILE the API's statements against their floors (db hits, rows) on a generated graph.
import os from 'node:os';
import { loadConfig, PROJECT_ROOT } from '../src/config/loadConfig.ts';
import { openGraph } from '../src/graph/Graph.ts';
import { applyMigrations } from '../src/graph/applyMigrations.ts';
import { startThrowawayNeo4j } from '../src/local-neo4j/startThrowawayNeo4j.ts';
import { startServer } from '../src/api/createServer.ts';
import { DASHBOARD_QUERIES } from './dashboardQueries.ts';
import { generateFactFiles } from './generateCorpus.ts';
import { loadCorpusBulk } from './loadCorpusBulk.ts';
import { graphqlRequest } from './measure.ts';
import { queryContext } from './runBench.ts';

const size = Number(process.argv[2] ?? 10000);
const t = await startThrowawayNeo4j({ rootDir: PROJECT_ROOT, prefix: 'ng-profile-', heapMb: 2048, pageCacheMb: 1024 });
const env = { ...process.env, NEO4J_URI: t.uri, NEO4J_PASSWORD: t.password, PORT: '0' };
const config = { ...loadConfig(env), queryTimeoutMs: 600_000 };
const graph = openGraph(config);
try {
  await applyMigrations(graph, PROJECT_ROOT);
  const corpus = generateFactFiles({ articles: size, seed: 20251003 + 1 });
  let chunk = [];
  for (const f of corpus) { chunk.push(f); if (chunk.length === 1000) { await loadCorpusBulk(graph, chunk, 100); chunk = []; } }
  if (chunk.length) await loadCorpusBulk(graph, chunk, 100);
  const context = await queryContext(graph);
  console.log('context', JSON.stringify(context), 'load', os.loadavg()[0]);
  const server = await startServer(graph, config, { log: () => {} });
  const hits = (p: any): number => (p?.dbHits ?? 0) + (p?.children ?? []).reduce((n: number, c: any) => n + hits(c), 0);
  const plan = (p: any, depth = 0): string => `${'  '.repeat(depth)}${p.operatorType} rows=${p.rows} hits=${p.dbHits} ${p.arguments?.Details ?? ''}\n` + (p.children ?? []).map((c: any) => plan(c, depth + 1)).join('');
  for (const name of (process.argv[3] ?? 'shortestPath,search,facts').split(',')) {
    const q = DASHBOARD_QUERIES.find((x) => x.name === name)!;
    const statements: { text: string; params: Record<string, unknown> }[] = [];
    const stop = graph.onStatement((text, params) => statements.push({ text, params }));
    await graphqlRequest(server.graphqlUrl, q.api.query, q.api.variables(context));
    stop();
    const profile = async (text: string, params: Record<string, unknown>) => {
      const s = graph.driver.session();
      try { const r = await s.run(`PROFILE ${text}`, params); return { rows: r.records.length, hits: hits(r.summary.profile), plan: plan(r.summary.profile) }; } finally { await s.close(); }
    };
    for (const st of statements) {
      const p = await profile(st.text, st.params);
      console.log(`== ${name} API statement: ${p.hits} db hits, ${p.rows} rows\n${st.text}\n${JSON.stringify(st.params)}\n${p.plan}`);
    }
    const f = await profile(q.cypher.text, q.cypher.params(context));
    console.log(`== ${name} floor: ${f.hits} db hits, ${f.rows} rows\n${f.plan}`);
  }
  await server.close();
} finally {
  await graph.close();
  await t.stop();
}
