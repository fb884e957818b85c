/**
 * One article through `newsgraph add`: bytes -> extractor draft -> the checks `ingest` runs
 * -> one transaction. The one path for `add <file | url | page>`, `add <folder>` and the
 * pages of `watch` (one extractor, one graph).
 */
import type { Config } from '../config/loadConfig.ts';
import type { Graph } from '../graph/Graph.ts';
import type { ExtractContext, Extractor, KnownEntity } from '../extract/types.ts';
import type { loadEntityRegistry } from '../ingest/loadEntityRegistry.ts';
import type { ArticleMetadata } from '../extract/parseArticleFile.ts';

/** What `add` needs once per run. */
export interface AddSession {
  graph: Graph;
  config: Config;
  extractor: Extractor;
  registry: ReturnType<typeof loadEntityRegistry>;
  known: KnownEntity[];
}

/** Opens the pieces `add` shares across articles: registry, the graph's entities, the extractor. */
export async function openAddSession(graph: Graph, config: Config, extractor: Extractor): Promise<AddSession> {
  const { loadEntityRegistry } = await import('../ingest/loadEntityRegistry.ts');
  const registry = loadEntityRegistry(config.rootDir);
  const rows = await graph.readQuery<{ id: string; type: string; name: string; aliases: string[]; kind: string | null }>('extract/list-known-entities', { limit: 20000 });
  const graphEntities = rows.flatMap((e) => (e.name && e.type ? [{ id: e.id, type: e.type as never, name: e.name, aliases: e.aliases, ...(e.kind ? { kind: e.kind } : {}) }] : []));
  return { graph, config, extractor, registry, known: [...registry.entities, ...graphEntities] };
}

/** Extracts and ingests one article; throws the usual AppErrors on bad input. */
export async function addArticle(session: AddSession, bytes: Uint8Array, file: string, options: { metadata: ArticleMetadata; minConfidence?: number; dryRun?: boolean; onProgress?: ExtractContext['onProgress'] }) {
  const { extractArticleFile } = await import('../extract/extractArticleFile.ts');
  const { parseArticleFile } = await import('../extract/parseArticleFile.ts');
  const { ingestArticle } = await import('../ingest/ingestArticle.ts');
  const { parseFactFile } = await import('../ingest/parseFactFile.ts');
  const { fileText } = parseArticleFile(bytes, file, options.metadata);
  const { draft, factFile } = await extractArticleFile(bytes, file, {
    metadata: options.metadata,
    context: { registry: session.registry, knownEntities: session.known, ...(options.onProgress ? { onProgress: options.onProgress } : {}) },
    minConfidence: options.minConfidence,
    extractor: session.extractor,
  });
  // The same checks `ingest` runs on a file: the draft must be a valid fact file whose quotes are in the text.
  const validated = parseFactFile(JSON.stringify(factFile), { file: `${file} (extracted draft)`, articleText: fileText, registry: session.registry });
  const summary = await ingestArticle(session.graph, validated, { dryRun: options.dryRun, registry: session.registry, source: file });
  // Entities this article created are known to the next one.
  for (const e of factFile.entities) if (!session.known.some((k) => k.id === e.id)) session.known.push({ id: e.id, type: e.type as never, name: e.name, aliases: e.aliases ?? [] });
  return { summary, draft, facts: validated.facts };
}

/** One web page through addArticle (`watch` takes each new feed item this way): fetch and read it (src/sources), then extract and ingest. */
export async function addWebArticle(session: AddSession, url: string) {
  const { loadWebArticle } = await import('../sources/loadWebArticle.ts');
  const web = await loadWebArticle(url, session.config.fetch);
  const added = await addArticle(session, web.bytes, url, { metadata: web.metadata });
  return { ...added, notices: [...web.notices, ...added.draft.notices] };
}
