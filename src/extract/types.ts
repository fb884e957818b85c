/**
 * Public types of the extractor: what goes in (article text + metadata + known entities),
 * what comes out (a draft in the fact-file shape of src/model/README.md), and the small
 * `Extractor` interface another implementation (e.g. an LLM-backed one) can satisfy.
 */
import type { EntityType, FactStatus, OrganizationKind, RelationType } from '../model/vocabulary.ts';

/** The article as the extractor sees it: body text (no front matter) plus metadata. */
export interface ArticleInput {
  /** Body text; evidence offsets are character offsets into this string. */
  text: string;
  id?: string;
  title?: string;
  url?: string;
  publisher?: string;
  author?: string;
  /** Partial date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; relative dates resolve only against a full date. */
  publishedAt?: string;
  language?: string;
}

/** An entity the extractor may resolve mentions to (from the registry or the graph). */
export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases?: readonly string[];
  kind?: OrganizationKind | string;
}

/** Anything that can resolve a surface form to an entity (the registry satisfies this). */
export interface EntityResolver {
  resolve(surfaceForm: string): KnownEntity | undefined;
}

/** What an extractor may consult besides the text; it never reads files or the network itself. */
export interface ExtractContext {
  registry?: EntityResolver;
  knownEntities: readonly KnownEntity[];
  /** Called as slow extractors (a model, piece by piece) get on: `done` of `total` steps. */
  onProgress?(done: number, total: number): void;
}

/** An entity in a draft: known ones keep their id; new ones get a slug and a type from context. */
export interface DraftEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  kind?: string;
  /** true when the entity was not known before this article. */
  isNew: boolean;
}

/** One extracted fact, in the fact-file shape. */
export interface DraftFact {
  subject: string;
  relation: RelationType;
  object: string;
  evidence: string;
  offsets: [number, number];
  date?: string;
  confidence: number;
  status: FactStatus;
  properties?: Record<string, string>;
  extractor: { name: string; version: string };
}

/** The extractor's result: article metadata, the entities it names, the facts, and notices. */
export interface Draft {
  article: { id: string; title: string; url?: string; publisher?: string; author?: string; publishedAt?: string; language: string };
  entities: DraftEntity[];
  facts: DraftFact[];
  /** Human-readable remarks (e.g. "no recognisable facts"); never errors. */
  notices: string[];
  /** What the extraction cost and what it left out (extractors backed by a model fill it in). */
  summary?: DraftSummary;
}

/** Counts and costs of one extraction, beside the draft (the fact file has no place for them). */
export interface DraftSummary {
  model?: string;
  promptVersion?: string;
  tokensIn: number;
  tokensOut: number;
  /** Pieces the article was split into; how many came from the cache; how many failed. */
  chunks: number;
  cachedChunks: number;
  failedChunks: number;
  /** Facts dropped because their evidence quote is not in the article. */
  unsupported: number;
  /** Facts dropped because a subject or object type breaks the relation's rules. */
  typeViolations: number;
  /** Every dropped fact, `subject RELATION object: why`. */
  dropped: string[];
  /** Ensemble only: how many triples each extractor found, and how many both found. */
  foundBy?: Record<string, number>;
}

/**
 * An article-to-draft extractor. The rule extractor is pure and in-process; others may sit
 * on a worker process or a remote model, hence the promise and the optional `close`.
 */
export interface Extractor {
  readonly name: string;
  readonly version: string;
  extract(input: ArticleInput, context: ExtractContext): Promise<Draft>;
  /** Releases what the extractor holds (a worker process, open sockets); idempotent. */
  close?(): Promise<void>;
}
