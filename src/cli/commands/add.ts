import { Command } from 'commander';
import { runCommand } from '../runCommand.ts';
import { withGraph } from '../connect.ts';
import { articleOptions, describeSummary, llmOverrides, progressOnStderr, readArticleBytes, type ArticleFlags } from '../articleOptions.ts';
import { metadataOf } from './extract.ts';

/** `newsgraph add <article.txt>`: extract a draft and ingest it in one step. */
export default function addCommand(): Command {
  return articleOptions(
    new Command('add')
      .description('extract facts from an article (text file, saved web page or URL) and ingest them (one transaction; re-adding the same article changes nothing)')
      .argument('<article>', 'article text file (UTF-8, at most 1 MB; optional front matter), saved page (.html) or http(s) URL'),
  )
    .option('--dry-run', 'show what the graph would gain, write nothing')
    .option('--json', 'print the summary as JSON')
    .action(
      runCommand(async (file: string, opts: ArticleFlags & { dryRun?: boolean; json?: boolean }) => {
        const path = await import('node:path');
        const { extractArticleFile } = await import('../../extract/extractArticleFile.ts');
        const { loadEntityRegistry } = await import('../../ingest/loadEntityRegistry.ts');
        const { ingestArticle } = await import('../../ingest/ingestArticle.ts');
        const { parseFactFile } = await import('../../ingest/parseFactFile.ts');
        // Read and check the input before connecting: bad input never needs the database.
        // A URL or saved page becomes the same text + metadata a text file gives (src/sources).
        const { isWebSource, loadWebArticle } = await import('../../sources/loadWebArticle.ts');
        const { loadConfig } = await import('../../config/loadConfig.ts');
        const web = isWebSource(file) ? await loadWebArticle(file, loadConfig().fetch, metadataOf(opts)) : undefined;
        const bytes = web?.bytes ?? (await readArticleBytes(file));
        const metadata = web?.metadata ?? metadataOf(opts);
        const { parseArticleFile } = await import('../../extract/parseArticleFile.ts');
        const { fileText } = parseArticleFile(bytes, file, metadata);
        const { createExtractor } = await import('../../extract/extractors.ts');
        // The extractor's settings are checked before connecting, too: a missing endpoint never needs the database.
        const extractor = await createExtractor(opts.extractor, loadConfig(process.env, llmOverrides(opts)));
        const result = await withGraph(async (graph, config) => {
          const registry = loadEntityRegistry(config.rootDir);
          const known = await graph.readQuery<{ id: string; type: string; name: string; aliases: string[]; kind: string | null }>('extract/list-known-entities', { limit: 20000 });
          const graphEntities = known.flatMap((e) => (e.name && e.type ? [{ id: e.id, type: e.type as never, name: e.name, aliases: e.aliases, ...(e.kind ? { kind: e.kind } : {}) }] : []));
          const { draft, factFile } = await extractArticleFile(bytes, file, {
            metadata,
            context: { registry, knownEntities: [...registry.entities, ...graphEntities], onProgress: progressOnStderr },
            minConfidence: opts.minConfidence,
            extractor,
          });
          // The same checks `ingest` runs on a file: the draft must be a valid fact file whose quotes are in the text.
          const validated = parseFactFile(JSON.stringify(factFile), { file: `${file} (extracted draft)`, articleText: fileText, registry });
          const summary = await ingestArticle(graph, validated, { dryRun: opts.dryRun, registry, source: file });
          return { summary, draft, facts: validated.facts };
        }, llmOverrides(opts), { schema: !opts.dryRun }).finally(() => extractor.close?.());
        const { summary, draft, facts } = result;
        draft.notices.unshift(...(web?.notices ?? []));
        if (opts.json) {
          const llm = draft.summary ? { llm: draft.summary } : {};
          process.stdout.write(`${JSON.stringify({ ...summary, factsExtracted: facts.length, ...llm, notices: draft.notices }, null, 2)}\n`);
          return;
        }
        const verb = summary.dryRun ? 'would gain' : 'gained';
        process.stdout.write(`${path.basename(file)} -> article ${summary.articleId}: ${facts.length} facts extracted\n`);
        process.stdout.write(`the graph ${verb}: ${summary.entitiesCreated} new entities (${summary.entitiesMatched} matched existing), ${summary.factsCreated} new facts, ${summary.factsCorroborated} corroborated, ${summary.sourcesAdded} new sources\n`);
        const cost = describeSummary(draft.summary);
        if (cost) process.stdout.write(`${cost}\n`);
        for (const f of facts) process.stdout.write(`  ${f.subject} ${f.relation} ${f.object} (${f.confidence}${f.status === 'reported' ? ', reported' : ''})\n`);
        for (const notice of draft.notices) process.stderr.write(`newsgraph: notice: ${notice}\n`);
        if (summary.dryRun) process.stdout.write('dry run: nothing written\n');
      }),
    );
}
