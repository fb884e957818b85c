import { Command } from 'commander';
import { runCommand } from '../runCommand.ts';
import { withGraph } from '../connect.ts';

/** `newsgraph retract <articleId>`: remove one article's contribution to the graph. */
export default function retractCommand(): Command {
  return new Command('retract')
    .description("remove one article's contribution: its provenance, facts no other article supports, entities left with no fact and no mention")
    .argument('<articleId>', 'id of the article (article.id in its fact file)')
    .option('--json', 'print the summary as JSON')
    .action(
      runCommand(async (articleId: string, opts: { json?: boolean }) => {
        const { retractArticle } = await import('../../ingest/retractArticle.ts');
        const summary = await withGraph((graph) => retractArticle(graph, articleId), {}, { schema: true });
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(summary)}\n`);
          return;
        }
        process.stdout.write(
          `retracted ${summary.articleId}: ${summary.sourcesRemoved} source links removed, ` +
            `${summary.factsRemoved} facts removed, ${summary.factsKept} kept (supported by other articles), ` +
            `${summary.entitiesRemoved} entities removed\n`,
        );
      }),
    );
}
