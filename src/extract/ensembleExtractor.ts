/**
 * Two extractors on the same article (an offline one and the LLM): facts both find get a
 * higher confidence than either gives alone (noisy-or: 1 - (1 - a)(1 - b)); facts only one
 * finds keep that one's confidence and provenance. Each fact's `extractor` says who found it
 * (`newsgraph-ensemble` with both names when both did); the summary counts them.
 */
import type { ArticleInput, Draft, DraftEntity, DraftFact, ExtractContext, Extractor } from './types.ts';

/** Runs `offline` and `model` side by side and merges their drafts by triple. */
export class EnsembleExtractor implements Extractor {
  readonly name = 'newsgraph-ensemble';
  readonly version: string;

  constructor(
    private readonly offline: Extractor,
    private readonly model: Extractor,
  ) {
    this.version = `0.1.0 (${offline.name}@${offline.version} + ${model.name}@${model.version})`;
  }

  /** Both drafts merged; the offline draft's article block and entities come first. */
  async extract(input: ArticleInput, context: ExtractContext): Promise<Draft> {
    const [a, b] = await Promise.all([this.offline.extract(input, context), this.model.extract(input, context)]);
    const triple = (f: DraftFact) => `${f.subject}|${f.relation}|${f.object}`;
    const fromModel = new Map<string, DraftFact[]>();
    for (const f of b.facts) fromModel.set(triple(f), [...(fromModel.get(triple(f)) ?? []), f]);
    const both = new Set([...a.facts.map(triple)].filter((t) => fromModel.has(t)));
    const boosted = (f: DraftFact, other: number): DraftFact => ({
      ...f,
      confidence: Math.round((1 - (1 - f.confidence) * (1 - other)) * 100) / 100,
      extractor: { name: this.name, version: this.version },
    });
    const facts: DraftFact[] = [];
    for (const f of a.facts) facts.push(both.has(triple(f)) ? boosted(f, Math.max(...fromModel.get(triple(f))!.map((g) => g.confidence))) : f);
    const offlineBest = new Map<string, number>();
    for (const f of a.facts) offlineBest.set(triple(f), Math.max(offlineBest.get(triple(f)) ?? 0, f.confidence));
    // The model's quotes for a shared triple are kept too when they point elsewhere in the text.
    const seen = new Set(a.facts.map((f) => `${triple(f)}|${f.offsets[0]}`));
    for (const f of b.facts) {
      if (seen.has(`${triple(f)}|${f.offsets[0]}`)) continue;
      facts.push(both.has(triple(f)) ? boosted(f, offlineBest.get(triple(f))!) : f);
    }
    facts.sort((x, y) => x.offsets[0] - y.offsets[0]);

    const entities = new Map<string, DraftEntity>(a.entities.map((e) => [e.id, e]));
    for (const e of b.entities) {
      const known = entities.get(e.id);
      if (!known) entities.set(e.id, e);
      else for (const alias of e.aliases) if (alias !== known.name && !known.aliases.includes(alias)) known.aliases.push(alias);
    }
    // Counted in triples: a triple quoted twice is still one fact in the graph.
    const foundBy = { [this.offline.name]: new Set(a.facts.map(triple)).size, [this.model.name]: fromModel.size, both: both.size };
    const notices = [
      `found by ${this.offline.name}: ${foundBy[this.offline.name]} triples, by ${this.model.name}: ${fromModel.size}, by both: ${both.size}`,
      ...a.notices.map((n) => `${this.offline.name}: ${n}`),
      ...b.notices.map((n) => `${this.model.name}: ${n}`),
    ];
    const summary = b.summary ? { ...b.summary, foundBy } : undefined;
    return { article: a.article, entities: [...entities.values()], facts, notices, ...(summary ? { summary } : {}) };
  }

  /** Closes both extractors. */
  async close(): Promise<void> {
    await Promise.all([this.offline.close?.(), this.model.close?.()]);
  }
}
