/**
 * `npm run eval:extract`: runs an extractor on
 *   1. the project's own gold (eval/gold/*.gold.yaml: the seed article and the fixtures), and
 *   2. the Wikinews development set (../shared/data/wikinews-dev, or --dev-set DIR), split into
 *      the articles used while developing and the held-out ones (eval/scoreDevSet.ts);
 * and prints micro and per-relation P/R/F1, wrong-relation / missing / spurious counts, and
 * the misses and false positives with their evidence.
 *
 *   npm run eval:extract [-- --extractor rules|nlp] [--registry] [--json] [--quiet] [--dev-set DIR]
 *
 * `--registry` gives the extractor seeds/entities.yaml (as `newsgraph add` does); by default
 * it sees only the text. `--json` prints one JSON document for tracking.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Table from 'cli-table3';
import { parse } from 'yaml';
import { loadConfig } from '../src/config/loadConfig.ts';
import { ConfigError } from '../src/errors/AppError.ts';
import { DEFAULT_EXTRACTOR, EXTRACTOR_NAMES, createExtractor, type ExtractorName } from '../src/extract/extractors.ts';
import { parseArticleFile } from '../src/extract/parseArticleFile.ts';
import type { ExtractContext } from '../src/extract/types.ts';
import { loadEntityRegistry } from '../src/ingest/loadEntityRegistry.ts';
import { parseScriptArgs } from '../scripts/parseScriptArgs.ts';
import { prf, scoreExtraction, type GoldFile, type Score } from './scoreExtraction.ts';
import { HELD_OUT, addScore, devPrf, emptyScore, loadDevSet, scoreDraft, type DevScore } from './scoreDevSet.ts';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const USAGE = `Usage: npm run eval:extract [-- options]

Scores an extractor on the project's gold (the seed article and eval/gold fixtures) and on the
Wikinews development set: micro and per-relation precision / recall / F1, wrong-relation,
missing and spurious counts, and the misses and false positives with their evidence.

Options:
  --extractor NAME  ${EXTRACTOR_NAMES.join(' | ')} (default ${DEFAULT_EXTRACTOR})
  --registry        give the extractor seeds/entities.yaml, as \`newsgraph add\` does
  --json            print one JSON document (for tracking) instead of tables
  --quiet           tables only, without the misses and false positives
  --dev-set DIR     the development set folder (default ../shared/data/wikinews-dev)
  -h, --help        this text
`;
const { values } = parseScriptArgs('eval:extract', USAGE, {
  options: {
    extractor: { type: 'string', default: DEFAULT_EXTRACTOR },
    registry: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'dev-set': { type: 'string', default: path.resolve(root, '..', 'shared', 'data', 'wikinews-dev') },
  },
});
if (!EXTRACTOR_NAMES.includes(values.extractor as ExtractorName)) {
  process.stderr.write(`eval:extract: --extractor must be one of ${EXTRACTOR_NAMES.join(', ')} (got "${values.extractor}")\n`);
  process.exit(1);
}
const context: ExtractContext = { knownEntities: [] };
if (values.registry) {
  const registry = loadEntityRegistry(root);
  Object.assign(context, { registry, knownEntities: registry.entities });
}
const extractor = await createExtractor(values.extractor as ExtractorName, loadConfig(process.env)).catch((error: unknown) => {
  const unset = error instanceof ConfigError && ['NEWSGRAPH_LLM_BASE_URL', 'NEWSGRAPH_LLM_MODEL'].includes(String(error.details.variable));
  if (!unset) throw error;
  // No endpoint configured is a skipped run, not a failed one: there is nothing to score against.
  process.stdout.write(`eval: --extractor ${values.extractor} skipped: no endpoint configured (set NEWSGRAPH_LLM_BASE_URL and NEWSGRAPH_LLM_MODEL to score one)\n`);
  process.exit(0);
});
const pct = (x: number) => x.toFixed(2);
const lines: string[] = [];

try {
  // 1. The project's gold.
  const goldDir = path.join(root, 'eval', 'gold');
  const total: Score = { gold: 0, extracted: 0, truePositives: 0, matchedGold: 0, perRelation: new Map(), misses: [], falsePositives: [] };
  const perArticle = new Table({ head: ['article', 'gold', 'extracted', 'P', 'R', 'F1'] });
  const projectArticles: Record<string, unknown> = {};
  for (const f of fs.readdirSync(goldDir).filter((x) => x.endsWith('.gold.yaml')).sort()) {
    const gold = parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as GoldFile;
    const articlePath = path.resolve(goldDir, gold.article);
    const { input } = parseArticleFile(fs.readFileSync(articlePath), articlePath);
    const score = scoreExtraction(await extractor.extract(input, context), gold);
    const s = prf(score.truePositives, score.extracted, score.matchedGold, score.gold);
    const name = f.replace('.gold.yaml', '');
    perArticle.push([name, score.gold, score.extracted, pct(s.p), pct(s.r), pct(s.f1)]);
    projectArticles[name] = { ...s, gold: score.gold, extracted: score.extracted, misses: score.misses, falsePositives: score.falsePositives };
    for (const k of ['gold', 'extracted', 'truePositives', 'matchedGold'] as const) total[k] += score[k];
    for (const [k, v] of score.perRelation) {
      const t = total.perRelation.get(k) ?? { gold: 0, matched: 0, extracted: 0, correct: 0 };
      total.perRelation.set(k, { gold: t.gold + v.gold, matched: t.matched + v.matched, extracted: t.extracted + v.extracted, correct: t.correct + v.correct });
    }
    if (!values.quiet) lines.push(`\n${name}`, ...score.misses.map((m) => `  miss  ${m}`), ...score.falsePositives.map((m) => `  false ${m}`));
  }
  const overall = prf(total.truePositives, total.extracted, total.matchedGold, total.gold);
  perArticle.push(['overall', total.gold, total.extracted, pct(overall.p), pct(overall.r), pct(overall.f1)]);

  // 2. The Wikinews development set.
  const dev = loadDevSet(values['dev-set']!);
  const used = emptyScore();
  const held = emptyScore();
  const devArticles: Record<string, unknown> = {};
  const devTable = new Table({ head: ['dev article', 'split', 'gold', 'found', 'tp', 'fp', 'P', 'R', 'F1'] });
  const devLines: string[] = [];
  for (const a of dev) {
    const score = scoreDraft(await extractor.extract(a.input, { ...context }), a.gold);
    const split = HELD_OUT.has(a.slug) ? 'held-out' : 'dev';
    addScore(split === 'dev' ? used : held, score);
    const s = devPrf(score);
    devTable.push([a.slug, split, score.gold, score.found, score.truePositives, score.falsePositives, pct(s.p), pct(s.r), pct(s.f1)]);
    devArticles[a.slug] = { split, ...s, gold: score.gold, found: score.found, missing: score.missing, wrongRelation: score.wrongRelation, spurious: score.spurious };
    if (!values.quiet) devLines.push(`\n${a.slug} (${split})`, ...score.missing.map((m) => `  missing   ${m}`), ...score.wrongRelation.map((m) => `  wrong rel ${m}`), ...score.spurious.map((m) => `  spurious  ${m}`));
  }
  const all = addScore(addScore(emptyScore(), used), held);
  const summary = (s: DevScore) => ({ ...devPrf(s), gold: s.gold, found: s.found, truePositives: s.truePositives, falsePositives: s.falsePositives, missing: s.missing.length, wrongRelation: s.wrongRelation.length, spurious: s.spurious.length });
  for (const [label, s] of [['dev (7)', used], ['held-out (3)', held], ['all (10)', all]] as const) {
    const x = devPrf(s);
    devTable.push([label, '', s.gold, s.found, s.truePositives, s.falsePositives, pct(x.p), pct(x.r), pct(x.f1)]);
  }
  const relTable = new Table({ head: ['relation (all dev)', 'gold', 'found', 'tp', 'fp', 'P', 'R', 'F1'] });
  for (const [k, v] of [...all.perRelation].sort(([a], [b]) => a.localeCompare(b))) {
    const x = devPrf(v);
    relTable.push([k, v.gold, v.found, v.tp, v.fp, pct(x.p), pct(x.r), pct(x.f1)]);
  }

  if (values.json) {
    const perRelation = Object.fromEntries([...all.perRelation].map(([k, v]) => [k, { ...v, ...devPrf(v) }]));
    const project = { ...overall, gold: total.gold, extracted: total.extracted, perRelation: Object.fromEntries([...total.perRelation].map(([k, v]) => [k, { ...v, ...prf(v.correct, v.extracted, v.matched, v.gold) }])), articles: projectArticles };
    const out = { extractor: { name: extractor.name, version: extractor.version }, registry: values.registry, project, devSet: dev.length ? { dir: values['dev-set'], dev: summary(used), heldOut: summary(held), all: summary(all), perRelation, articles: devArticles } : null };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(`extractor ${extractor.name} ${extractor.version}; entity registry: ${values.registry ? 'seeds/entities.yaml' : 'none (text only)'}\n`);
    process.stdout.write(`\nproject gold (eval/gold)\n${perArticle.toString()}\n`);
    if (dev.length) {
      process.stdout.write(`\nWikinews dev set (${values['dev-set']}); found = gold facts matched, tp/fp = drafted facts judged\n${devTable.toString()}\n${relTable.toString()}\n`);
      process.stdout.write(`dev set errors: ${all.missing.length} missing, ${all.wrongRelation.length} wrong relation, ${all.spurious.length} spurious\n`);
    } else process.stdout.write(`\nWikinews dev set not found at ${values['dev-set']} (pass --dev-set DIR)\n`);
    if (!values.quiet) process.stdout.write(`${lines.join('\n')}\n${devLines.join('\n')}\n`);
  }
} finally {
  await extractor.close?.();
}
