import type { Config } from '../config/loadConfig.ts';
import type { Graph } from '../graph/Graph.ts';
import type { KnownEntity } from '../extract/types.ts';
import type { EntityRegistry } from '../model/entityRegistry.ts';
import { extractArticleFile } from '../extract/extractArticleFile.ts';
import { parseArticleFile } from '../extract/parseArticleFile.ts';
import { ingestArticle, type IngestSummary } from '../ingest/ingestArticle.ts';
import { parseFactFile } from '../ingest/parseFactFile.ts';
import { loadWebArticle } from '../sources/loadWebArticle.ts';

/** The entities extraction resolves against: the registry and the graph's own. */
export async function knownEntities(graph: Graph, registry: EntityRegistry): Promise<KnownEntity[]> {
  const known = await graph.readQuery<{ id: string; type: string; name: string; aliases: string[]; kind: string | null }>('extract/list-known-entities', { limit: 20000 });
  const fromGraph = known.flatMap((e) => (e.name && e.type ? [{ id: e.id, type: e.type as never, name: e.name, aliases: e.aliases, ...(e.kind ? { kind: e.kind } : {}) }] : []));
  return [...registry.entities, ...fromGraph];
}

/** `add <url>` as one call for `watch`: fetch, read, extract, validate and ingest one article. */
export async function ingestWebArticle(graph: Graph, config: Config, url: string, context: { registry: EntityRegistry; known: KnownEntity[] }): Promise<IngestSummary & { factsExtracted: number; notices: string[] }> {
  const web = await loadWebArticle(url, config.fetch);
  const { fileText } = parseArticleFile(web.bytes, url, web.metadata);
  const { draft, factFile } = await extractArticleFile(web.bytes, url, { metadata: web.metadata, context: { registry: context.registry, knownEntities: context.known } });
  const validated = parseFactFile(JSON.stringify(factFile), { file: `${url} (extracted draft)`, articleText: fileText, registry: context.registry });
  const summary = await ingestArticle(graph, validated, { registry: context.registry, source: url });
  return { ...summary, factsExtracted: validated.facts.length, notices: [...web.notices, ...draft.notices] };
}
