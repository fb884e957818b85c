import { Command } from 'commander';
import { runCommand } from '../runCommand.ts';
import { articleOptions, describeSummary, llmOverrides, progressOnStderr, readArticleBytes, type ArticleFlags } from '../articleOptions.ts';

/** `newsgraph extract <article.txt>`: draft a fact file from raw article text with the chosen extractor. */
export default function extractCommand(): Command {
  return articleOptions(
    new Command('extract')
      .description('draft a fact file (the format `newsgraph ingest` reads) from a raw article text')
      .argument('<article>', 'article text file (UTF-8, at most 1 MB; optional front matter: ---, key: value lines, ---)'),
  )
    .option('-o, --output <file>', 'write the draft here (default: stdout)')
    .option('--json', 'JSON instead of YAML')
    .action(
      runCommand(async (file: string, opts: ArticleFlags & { output?: string; json?: boolean }) => {
        const path = await import('node:path');
        const fs = await import('node:fs/promises');
        const { extractArticleFile } = await import('../../extract/extractArticleFile.ts');
        const { loadEntityRegistry } = await import('../../ingest/loadEntityRegistry.ts');
        const { loadConfig } = await import('../../config/loadConfig.ts');
        const { createExtractor } = await import('../../extract/extractors.ts');
        const config = loadConfig(process.env, llmOverrides(opts));
        const registry = loadEntityRegistry(config.rootDir);
        const bytes = await readArticleBytes(file);
        // article.text is relative to where the draft goes, so `ingest` finds the text and checks every quote.
        const textPath = opts.output ? path.relative(path.dirname(path.resolve(opts.output)), path.resolve(file)) : path.resolve(file);
        const extractor = await createExtractor(opts.extractor, config);
        const { draft, factFile } = await extractArticleFile(bytes, file, {
          metadata: metadataOf(opts),
          context: { registry, knownEntities: registry.entities, onProgress: progressOnStderr },
          textPath,
          minConfidence: opts.minConfidence,
          extractor,
        }).finally(() => extractor.close?.());
        const { stringify } = await import('yaml');
        const header = `# Draft extracted by ${extractor.name} ${extractor.version}: review every fact before ingesting.\n`;
        const out = opts.json ? `${JSON.stringify(factFile, null, 2)}\n` : header + stringify(factFile, { lineWidth: 0, aliasDuplicateObjects: false });
        if (opts.output) await fs.writeFile(opts.output, out);
        else process.stdout.write(out);
        for (const notice of draft.notices) process.stderr.write(`newsgraph: notice: ${notice}\n`);
        const cost = describeSummary(draft.summary);
        if (cost) process.stderr.write(`newsgraph: ${cost}\n`);
        if (opts.output) process.stderr.write(`wrote ${opts.output}: ${factFile.facts.length} facts, ${factFile.entities.length} entities\n`);
      }),
    );
}

/** The article metadata flags as extractor metadata. */
export function metadataOf(opts: ArticleFlags) {
  return { title: opts.title, url: opts.url, publisher: opts.publisher, author: opts.author, publishedAt: opts.published, id: opts.id };
}
