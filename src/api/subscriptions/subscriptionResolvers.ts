import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { ChangeEvent } from '../../graph/readChanges.ts';
import type { ApiContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import type { Keyed } from '../keyedFields.ts';
import { articleStatement } from '../compile/articleStatements.ts';
import { factStatement } from '../compile/factStatements.ts';
import { rootSelection } from '../compile/selectFields.ts';
import type { ChangeFeed } from './ChangeFeed.ts';
import type { ArticleEventPayload, FactChangePayload, FactsChangedPayload } from './eventPayloads.ts';
import { isFellBehind, type FellBehind } from './SubscriberQueue.ts';

/** The context of a subscription: the API context plus the change feed it reads from. */
export interface SubscriptionContext extends ApiContext {
  changes: ChangeFeed;
}

interface FactsFilter {
  entities?: string[] | null;
  relationTypes?: string[] | null;
}

/**
 * Reads the subscriber's queue and yields `map(event)` for the events it keeps. The loaders
 * are renewed per event: a long subscription must not answer from an hour-old cache.
 */
async function* follow<T>(context: SubscriptionContext, map: (event: ChangeEvent) => T[]): AsyncGenerator<T | FellBehind> {
  const queue = await context.changes.subscribe();
  try {
    for await (const item of queue) {
      if (isFellBehind(item)) {
        yield item;
        return;
      }
      for (const payload of map(item)) yield payload;
    }
  } finally {
    queue.close();
  }
}

/** Passes events through; the FellBehind marker becomes the error the client is told. */
function payloadOrTooSlow<T>(payload: T | FellBehind): T {
  if (isFellBehind(payload) && payload.pruned) {
    throw new GraphQLError(
      `this subscription missed ${payload.dropped} events: the change log was pruned past them before the server read them (NEWSGRAPH_CHANGE_LOG_KEEP_EVENTS / _KEEP_DAYS); subscribe again and re-read what you need`,
      { extensions: { code: 'SUBSCRIBER_TOO_SLOW', dropped: payload.dropped, pruned: true } },
    );
  }
  if (isFellBehind(payload)) {
    throw new GraphQLError(
      `this subscription fell behind: more than ${payload.limit} events were waiting for it (${payload.dropped} dropped); subscribe again and re-read what you need`,
      { extensions: { code: 'SUBSCRIBER_TOO_SLOW', limit: payload.limit, dropped: payload.dropped } },
    );
  }
  return payload;
}

/** `<subject>|<RELATION>|<object>` -> its parts (ids never contain `|`). */
function factChange(change: FactChangePayload['change'], factId: string): FactChangePayload {
  const [subjectId = '', relation = '', objectId = ''] = factId.split('|');
  return { change, factId, relation, subjectId, objectId };
}

function factsEvent(event: ChangeEvent, filter: FactsFilter | null | undefined): FactsChangedPayload[] {
  const entities = filter?.entities?.length ? new Set(filter.entities) : undefined;
  const relations = filter?.relationTypes?.length ? new Set(filter.relationTypes) : undefined;
  const facts = [...event.reportedFactIds.map((id) => factChange('REPORTED', id)), ...event.removedFactIds.map((id) => factChange('REMOVED', id))].filter(
    (f) => (!entities || entities.has(f.subjectId) || entities.has(f.objectId)) && (!relations || relations.has(f.relation)),
  );
  return facts.length ? [{ seq: event.seq, at: event.at, cause: event.kind, articleIds: event.articleIds, facts }] : [];
}

function articleEvents(event: ChangeEvent, kind: ChangeEvent['kind']): ArticleEventPayload[] {
  if (event.kind !== kind) return [];
  const factCount = kind === 'RETRACT' ? event.removedFactIds.length : event.reportedFactIds.length;
  return event.articleIds.map((articleId) => ({ seq: event.seq, at: event.at, articleId, title: event.title ?? null, factCount }));
}

/** Resolvers of the Subscription type and its event types (schema.graphql). */
export const subscriptionResolvers = {
  Subscription: {
    factsChanged: {
      subscribe: (_root: unknown, args: { filter?: FactsFilter | null }, context: SubscriptionContext) => follow(context, (e) => factsEvent(e, args.filter)),
      resolve: payloadOrTooSlow,
    },
    articleIngested: {
      subscribe: (_root: unknown, _args: unknown, context: SubscriptionContext) => follow(context, (e) => articleEvents(e, 'INGEST')),
      resolve: payloadOrTooSlow,
    },
    articleRetracted: {
      subscribe: (_root: unknown, _args: unknown, context: SubscriptionContext) => follow(context, (e) => articleEvents(e, 'RETRACT')),
      resolve: payloadOrTooSlow,
    },
  },
  FactChange: {
    // One compiled statement for the selection, like a root field (null once the fact is gone).
    fact: async (f: FactChangePayload, _args: unknown, { graph }: ApiContext, info: GraphQLResolveInfo) =>
      (await graph.runStatement<{ fact: Keyed }>(factStatement({ id: f.factId }, rootSelection(info))))[0]?.fact ?? null,
  },
  ArticleEvent: {
    article: async (e: { articleId: string }, _args: unknown, { graph }: ApiContext, info: GraphQLResolveInfo) =>
      (await graph.runStatement<{ article: Keyed }>(articleStatement({ id: e.articleId }, rootSelection(info))))[0]?.article ?? null,
  },
} satisfies Pick<Resolvers<SubscriptionContext>, 'Subscription' | 'FactChange' | 'ArticleEvent'>;
