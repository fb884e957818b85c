import { checkLimit } from '../apiLimits.ts';
import { decodeCursor } from '../pagination.ts';
import { connectionStatement } from './entityStatements.ts';
import { articleProjection } from './projections.ts';
import type { SelectedField } from './selectFields.ts';
import { StatementBuilder, type Statement } from './StatementBuilder.ts';

/** Query.article: the article and what is selected below it; no row means no such article. */
export function articleStatement(args: { id: string }, fields: SelectedField[]): Statement {
  const b = new StatementBuilder();
  const id = b.param('id', args.id);
  const p = articleProjection(b, 'a', fields);
  return b.build([`MATCH (a:Article {id: ${id}})`, ...p.clauses, `RETURN ${p.expr} AS article`].join('\n'));
}

/** Query.articles: newest first (undated last), one page. */
export function articlesStatement(args: { first: number; after?: string | null }, fields: SelectedField[]): Statement & { offset: number } {
  const b = new StatementBuilder();
  const limit = checkLimit('first', args.first, 'first', 0);
  const skip = decodeCursor(args.after);
  const order = 'a.publishedAt IS NULL, a.publishedAt DESC, a.id';
  return { ...connectionStatement(b, ['MATCH (a:Article)'], 'a', order, skip, limit, fields, (v, f) => articleProjection(b, v, f)), offset: skip };
}
