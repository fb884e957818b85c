import { Command, InvalidArgumentError } from 'commander';
import { intOption, runCommand } from '../runCommand.ts';

/** `--every 15m` / `90s` / `1h` -> milliseconds. */
function everyOption(value: string): number {
  const m = /^(\d+)(s|m|h)$/.exec(value.trim());
  if (!m || Number(m[1]) === 0) throw new InvalidArgumentError(`--every must look like 30s, 15m or 1h (got "${value}")`);
  return Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 's' | 'm' | 'h'];
}

interface WatchFlags {
  every: number;
  once?: boolean;
  concurrency: number;
  maxItems: number;
  baseUrl?: string;
}

/** `newsgraph watch <feed-url...>` and `newsgraph watch gdelt`: poll feeds (or GDELT) and ingest what is new. */
export default function watchCommand(): Command {
  return new Command('watch')
    .description(
      'poll RSS / Atom / JSON feeds and add each new item\'s article (only unseen items; conditional requests), or with "gdelt" import each new GDELT 2.0 15-minute export; Ctrl-C stops after the articles in hand',
    )
    .argument('<feeds...>', 'feed URLs, or the word gdelt')
    .option('--every <interval>', 'poll interval: 30s, 15m, 1h', everyOption, 15 * 60_000)
    .option('--once', 'poll once and exit: 0 when nothing failed, else the highest exit code among the problems (2 bad input, 3 not found, 6 timeout, 10 unreachable)')
    .option('--concurrency <n>', 'articles fetched and added at once', intOption('--concurrency', 1, 16), 4)
    .option('--max-items <n>', 'new items taken per feed and poll (the rest wait for the next poll)', intOption('--max-items', 1, 10000), 20)
    .option('--base-url <url>', 'GDELT folder with lastupdate.txt (env NEWSGRAPH_GDELT_BASE_URL)')
    .addHelpText(
      'after',
      `
State (feed validators, items seen, the last GDELT export) is kept in <NEWSGRAPH_HOME>/watch-state.json.
One line per article or problem; a broken item or feed is reported and skipped, the others go on.

Examples:
  newsgraph watch https://example.com/rss.xml https://example.org/atom.xml --every 10m
  newsgraph watch gdelt --once`,
    )
    .action(
      runCommand(async (feeds: string[], opts: WatchFlags) => {
        const { runWatch } = await import('../runWatch.ts');
        return runWatch(feeds, opts);
      }),
    );
}
