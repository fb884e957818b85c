/**
 * `npm run eval:extract`: runs the extractor on every article named by eval/gold/*.gold.yaml
 * and prints precision, recall and F1 per article, overall and per relation type, with the
 * misses and false positives. `--registry` also gives the extractor seeds/entities.yaml
 * (as `newsgraph add` does); by default it sees only the text. `--quiet` skips the lists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Table from 'cli-table3';
import { parse } from 'yaml';
import { parseArticleFile } from '../src/extract/parseArticleFile.ts';
import { loadConfig } from '../src/config/loadConfig.ts';
import { ConfigError } from '../src/errors/AppError.ts';
import { DEFAULT_EXTRACTOR, EXTRACTOR_NAMES, createExtractor, type ExtractorName } from '../src/extract/extractors.ts';
import type { ExtractContext } from '../src/extract/types.ts';
import { loadEntityRegistry } from '../src/ingest/loadEntityRegistry.ts';
import { prf, scoreExtraction, type GoldFile, type Score } from './scoreExtraction.ts';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const goldDir = path.join(root, 'eval', 'gold');
const args = process.argv.slice(2);
const useRegistry = args.includes('--registry');
const quiet = args.includes('--quiet');
const extractorName = (args[args.indexOf('--extractor') + 1] ?? DEFAULT_EXTRACTOR) as ExtractorName;
if (args.includes('--extractor') && !EXTRACTOR_NAMES.includes(extractorName)) {
  process.stderr.write(`eval: unknown --extractor "${extractorName}" (choices: ${EXTRACTOR_NAMES.join(', ')})\n`);
  process.exit(1);
}
const extractor = await createExtractor(args.includes('--extractor') ? extractorName : DEFAULT_EXTRACTOR, loadConfig(process.env)).catch((error: unknown) => {
  const unset = error instanceof ConfigError && ['NEWSGRAPH_LLM_BASE_URL', 'NEWSGRAPH_LLM_MODEL'].includes(String(error.details.variable));
  if (!unset) throw error;
  // No endpoint configured is a skipped run, not a failed one: there is nothing to score against.
  process.stdout.write(`eval: --extractor ${extractorName} skipped: no endpoint configured (set NEWSGRAPH_LLM_BASE_URL and NEWSGRAPH_LLM_MODEL to score one)\n`);
  process.exit(0);
});
let tokensIn = 0;
let tokensOut = 0;
const context: ExtractContext = { knownEntities: [] };
if (useRegistry) {
  const registry = loadEntityRegistry(root);
  Object.assign(context, { registry, knownEntities: registry.entities });
}

const pct = (x: number) => x.toFixed(2);
const total: Score = { gold: 0, extracted: 0, truePositives: 0, matchedGold: 0, perRelation: new Map(), misses: [], falsePositives: [] };
const perArticle = new Table({ head: ['article', 'gold', 'extracted', 'P', 'R', 'F1'] });
const files = fs.readdirSync(goldDir).filter((f) => f.endsWith('.gold.yaml')).sort();
const details: string[] = [];
for (const f of files) {
  const goldPath = path.join(goldDir, f);
  const gold = parse(fs.readFileSync(goldPath, 'utf8')) as GoldFile;
  const articlePath = path.resolve(goldDir, gold.article);
  const { input } = parseArticleFile(fs.readFileSync(articlePath), articlePath);
  const draft = await extractor.extract(input, context);
  tokensIn += draft.summary?.tokensIn ?? 0;
  tokensOut += draft.summary?.tokensOut ?? 0;
  const score = scoreExtraction(draft, gold);
  const { p, r, f1 } = prf(score.truePositives, score.extracted, score.matchedGold, score.gold);
  perArticle.push([f.replace('.gold.yaml', ''), score.gold, score.extracted, pct(p), pct(r), pct(f1)]);
  total.gold += score.gold;
  total.extracted += score.extracted;
  total.truePositives += score.truePositives;
  total.matchedGold += score.matchedGold;
  for (const [k, v] of score.perRelation) {
    const t = total.perRelation.get(k) ?? { gold: 0, matched: 0, extracted: 0, correct: 0 };
    total.perRelation.set(k, { gold: t.gold + v.gold, matched: t.matched + v.matched, extracted: t.extracted + v.extracted, correct: t.correct + v.correct });
  }
  if (!quiet) {
    details.push(`\n${f}`);
    for (const m of score.misses) details.push(`  miss  ${m}`);
    for (const m of score.falsePositives) details.push(`  false ${m}`);
  }
}
const overall = prf(total.truePositives, total.extracted, total.matchedGold, total.gold);
perArticle.push(['overall', total.gold, total.extracted, pct(overall.p), pct(overall.r), pct(overall.f1)]);
const perRelation = new Table({ head: ['relation', 'gold', 'extracted', 'P', 'R', 'F1'] });
for (const [k, v] of [...total.perRelation].sort(([a], [b]) => a.localeCompare(b))) {
  const s = prf(v.correct, v.extracted, v.matched, v.gold);
  perRelation.push([k, v.gold, v.extracted, pct(s.p), pct(s.r), pct(s.f1)]);
}
await extractor.close?.();
const cost = tokensIn || tokensOut ? `; ${tokensIn} tokens in, ${tokensOut} out` : '';
process.stdout.write(`extractor ${extractor.name} ${extractor.version}; entity registry: ${useRegistry ? 'seeds/entities.yaml' : 'none (text only)'}${cost}\n`);
process.stdout.write(`${perArticle.toString()}\n${perRelation.toString()}\n${details.join('\n')}\n`);
