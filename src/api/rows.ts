/** An entity as the Entity type's scalar fields (cypher/queries/api/entities-by-ids.cypher). */
export interface EntityRow {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  kind: string | null;
  description: string | null;
}

/** A fact as the Fact type's scalar fields plus its subject and object entities. */
export interface FactRow {
  id: string;
  relation: string;
  subject: EntityRow;
  object: EntityRow;
  properties: Record<string, unknown> | null;
  firstDate: string | null;
  lastDate: string | null;
  sourceCount: number;
  status: string;
  confidence: number;
}

/** One article's report of a fact; the article itself is loaded by id. */
export interface SourceRow {
  articleId: string;
  evidence: string;
  date: string | null;
  confidence: number;
  status: string;
}

/** An article's scalar fields. */
export interface ArticleRow {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
}

// Properties every Fact node has (src/model/README.md); the rest are the relation's own.
const FACT_KEYS = new Set(['id', 'relation', 'subjectId', 'objectId', 'firstDate', 'lastDate', 'sourceCount', 'status', 'confidence']);

/** Builds a FactRow from a Fact node's properties and its two entities; relation properties go to `properties`. */
export function toFactRow(props: Record<string, unknown>, subject: EntityRow, object: EntityRow): FactRow {
  const own = Object.entries(props).filter(([k]) => !FACT_KEYS.has(k));
  return {
    id: String(props.id),
    relation: String(props.relation),
    subject,
    object,
    properties: own.length > 0 ? Object.fromEntries(own) : null,
    firstDate: (props.firstDate as string | undefined) ?? null,
    lastDate: (props.lastDate as string | undefined) ?? null,
    sourceCount: Number(props.sourceCount ?? 0),
    status: String(props.status),
    confidence: Number(props.confidence ?? 0),
  };
}
