import { Command } from 'commander';
import { runCommand } from '../runCommand.ts';
import { withGraph } from '../connect.ts';
import { articleOptions, describeSummary, llmOverrides, progressOnStderr, readArticleBytes, type ArticleFlags } from '../articleOptions.ts';
import { metadataOf } from './extract.ts';

/** `newsgraph add <article.txt | folder>`: extract drafts and ingest them in one step. */
export default function addCommand(): Command {
  return articleOptions(
    new Command('add')
      .description(
        'extract facts from articles (text file, saved web page or URL) and ingest them (one transaction per article; re-adding the same article changes nothing). ' +
          'A folder adds every *.txt / *.md in it with one extractor process and a progress bar; a bad article is reported and the rest still go in.',
      )
      .argument('<article>', 'article text file (UTF-8, at most 1 MB; optional front matter), saved page (.html), http(s) URL, or a folder of text files'),
  )
    .option('--dry-run', 'show what the graph would gain, write nothing')
    .option('--json', 'print the summary as JSON')
    .action(
      runCommand(async (file: string, opts: ArticleFlags & { dryRun?: boolean; json?: boolean }) => {
        const fs = await import('node:fs/promises');
        if ((await fs.stat(file).catch(() => undefined))?.isDirectory()) return addFolderCommand(file, opts);
        const path = await import('node:path');
        const { loadConfig } = await import('../../config/loadConfig.ts');
        // Read and check the input before connecting: bad input never needs the database.
        // A URL or saved page becomes the same text + metadata a text file gives (src/sources).
        const { isWebSource, loadWebArticle } = await import('../../sources/loadWebArticle.ts');
        const web = isWebSource(file) ? await loadWebArticle(file, loadConfig().fetch, metadataOf(opts)) : undefined;
        const bytes = web?.bytes ?? (await readArticleBytes(file));
        const metadata = web?.metadata ?? metadataOf(opts);
        const { parseArticleFile } = await import('../../extract/parseArticleFile.ts');
        parseArticleFile(bytes, file, metadata);
        const { createExtractor } = await import('../../extract/extractors.ts');
        const { openAddSession, addArticle } = await import('../addArticle.ts');
        // The extractor's settings are checked before connecting, too: a missing endpoint never needs the database.
        const extractor = await createExtractor(opts.extractor, loadConfig(process.env, llmOverrides(opts)));
        const { summary, draft, facts } = await withGraph(async (graph, config) => {
          const session = await openAddSession(graph, config, extractor);
          return await addArticle(session, bytes, file, { metadata, minConfidence: opts.minConfidence, dryRun: opts.dryRun, onProgress: progressOnStderr });
        }, llmOverrides(opts), { schema: !opts.dryRun }).finally(() => extractor.close?.());
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

/** `add <folder>`: one extractor and one connection for all articles; exit 2 (bad article) or 8 (runtime) when any failed. */
async function addFolderCommand(folder: string, opts: ArticleFlags & { dryRun?: boolean; json?: boolean }): Promise<number> {
  const { InvalidInputError } = await import('../../errors/AppError.ts');
  const { listArticleFiles, addFolder } = await import('../addFolder.ts');
  const { openAddSession } = await import('../addArticle.ts');
  const { createExtractor } = await import('../../extract/extractors.ts');
  if (opts.title || opts.id || opts.url) throw new InvalidInputError('--title, --id and --url name one article; give them in each file\'s front matter when adding a folder');
  const files = await listArticleFiles(folder);
  if (!files.length) throw new InvalidInputError(`${folder}: no article files (*.txt, *.md) in this folder`);
  const items = await withGraph(async (graph, config) => {
    const extractor = await createExtractor(opts.extractor, config);
    try {
      const session = await openAddSession(graph, config, extractor);
      return await addFolder(session, files, { metadata: metadataOf(opts), minConfidence: opts.minConfidence, dryRun: opts.dryRun, progress: !opts.json && process.stderr.isTTY === true });
    } finally {
      await extractor.close?.();
    }
  }, llmOverrides(opts), { schema: !opts.dryRun });
  const failed = items.filter((i) => !i.ok);
  if (opts.json) process.stdout.write(`${JSON.stringify({ folder, dryRun: !!opts.dryRun, added: items.length - failed.length, failed: failed.length, articles: items }, null, 2)}\n`);
  else {
    for (const i of items) {
      if (i.ok) process.stdout.write(`${i.file} -> article ${i.articleId}: ${i.factsExtracted} facts extracted, ${i.factsCreated} new facts, ${i.entitiesCreated} new entities\n`);
      else process.stderr.write(`newsgraph: ${i.error}\n`);
    }
    process.stdout.write(`${items.length - failed.length} of ${items.length} articles ${opts.dryRun ? 'checked (dry run: nothing written)' : 'added'}${failed.length ? `, ${failed.length} failed` : ''}\n`);
  }
  // The runtime failing (exit 8) outranks bad articles (exit 2).
  return failed.length ? Math.max(...failed.map((i) => i.exitCode ?? 2)) : 0;
}
