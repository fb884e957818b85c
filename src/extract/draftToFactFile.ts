import type { Draft } from './types.ts';

/** Options for turning a draft into a fact file. */
export interface FactFileOptions {
  /** `article.text`: the article file, relative to where the fact file will be written. */
  textPath?: string;
  /** Added to every evidence offset (the front matter's length, so offsets point into the file). */
  offsetShift?: number;
  /** Facts below this confidence are left out. */
  minConfidence?: number;
}

/** A draft as a fact file object in exactly the shape `newsgraph ingest` reads (src/model/README.md). */
export function draftToFactFile(draft: Draft, options: FactFileOptions = {}) {
  const shift = options.offsetShift ?? 0;
  const facts = draft.facts
    .filter((f) => f.confidence >= (options.minConfidence ?? 0))
    .map((f) => ({
      subject: f.subject,
      relation: f.relation,
      object: f.object,
      evidence: f.evidence,
      offsets: [f.offsets[0] + shift, f.offsets[1] + shift] as [number, number],
      ...(f.date ? { date: f.date } : {}),
      confidence: f.confidence,
      status: f.status,
      ...(f.properties && Object.keys(f.properties).length ? { properties: f.properties } : {}),
      extractor: f.extractor,
    }));
  const entities = draft.entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    ...(e.aliases.length ? { aliases: e.aliases } : {}),
    ...(e.type === 'Organization' && e.kind ? { kind: e.kind } : {}),
  }));
  return {
    article: { ...draft.article, ...(options.textPath ? { text: options.textPath } : {}) },
    entities,
    facts,
  };
}
