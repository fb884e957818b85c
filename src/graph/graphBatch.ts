/**
 * The one shape every writer hands to writeBatch: fact-file ingest, `add`, the ingestArticle
 * mutation, the GDELT importer and the benchmark loader. Facts and mentions name entities by a
 * batch-local `handle`; writeBatch resolves each handle to its canonical entity id inside the
 * write, then derives the fact ids ("<subjectId>|<RELATION>|<objectId>").
 */
export interface GraphBatch {
  entities: BatchEntity[];
  articles: BatchArticle[];
  facts: BatchFact[];
}

/** An entity as the batch names it; resolved to the graph's canonical entity by writeBatch. */
export interface BatchEntity {
  /** What facts and mentions of this batch call it (unique within the batch). */
  handle: string;
  /** The exact id to look up, and the id a new entity gets. */
  id: string;
  /** An entity type of the vocabulary (checked before it becomes a label). */
  type: string;
  /** Null keeps the id as a placeholder name until a real one arrives (GDELT codes). */
  name: string | null;
  aliases: string[];
  /** Normalised name and aliases, kept on the entity (`aliasKeys`). */
  aliasKeys: string[];
  /** Typed alias keys stored as (:AliasKey) nodes for later resolution. */
  keys: string[];
  /** Typed keys looked up, in order, when no entity has the exact id. */
  lookupKeys: string[];
  /** The key claimed (MERGE under the uniqueness constraint) before a new entity is created; null: exact id only. */
  claimKey: string | null;
  /** False for a bare reference: resolve only, never create (unresolved = dangling). */
  create: boolean;
  kind: string | null;
  description: string | null;
  wikidata: string | null;
  origin: string | null;
}

/** An article and the entities it mentions. */
export interface BatchArticle {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string | null;
  contentHash: string | null;
  origin: string | null;
  /** True: the article's properties and reports are replaced (fact files); false: set once (GDELT). */
  update: boolean;
  /** Handles of the entities it mentions. */
  mentions: string[];
}

/** One source of a fact: the REPORTS edge from an article, with its properties (evidence, date, confidence, status, ...). */
export interface BatchReport {
  articleId: string;
  properties: Record<string, unknown>;
}

/** A fact between two handles, with every report of it in this batch (first report first). */
export interface BatchFact {
  subject: string;
  relation: string;
  object: string;
  /** The relation's own properties (title, designation, ...), set on the Fact node. */
  properties: Record<string, unknown>;
  reports: BatchReport[];
  origin: string | null;
}

/** How writeBatch resolved one handle. */
export interface ResolvedEntity {
  id: string;
  type: string;
  /** Created by this batch (false when it already existed, or another writer created it first). */
  created: boolean;
}

/** What one article of a batch added. */
export interface ArticleOutcome {
  articleId: string;
  articleCreated: boolean;
  factsCreated: number;
  /** Facts already in the graph (or first reported by an earlier article of the batch) that this article now also reports. */
  factsCorroborated: number;
  sourcesAdded: number;
}
