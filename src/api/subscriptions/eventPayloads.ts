import type { ChangeEvent } from '../../graph/readChanges.ts';

// The values the subscription resolvers yield, before their nested fields are resolved; the
// generated resolver types map the event types to them (scripts/generateTypes.ts).

/** A FactChange before its `fact` is resolved (the resolver types map FactChange to it). */
export interface FactChangePayload {
  change: 'REPORTED' | 'REMOVED';
  factId: string;
  relation: string;
  subjectId: string;
  objectId: string;
}

/** A FactsChangedEvent as factsChanged yields it. */
export interface FactsChangedPayload {
  seq: number;
  at: string;
  cause: ChangeEvent['kind'];
  articleIds: string[];
  facts: FactChangePayload[];
}

/** An ArticleEvent as articleIngested / articleRetracted yield it (before `article` is resolved). */
export interface ArticleEventPayload {
  seq: number;
  at: string;
  articleId: string;
  title: string | null;
  factCount: number;
}
