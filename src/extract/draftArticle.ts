import { slugify } from './slugify.ts';
import type { ArticleInput, Draft } from './types.ts';

/** The draft's article block: the given metadata, and an id from publisher, year and title when none is given. */
export function draftArticle(input: ArticleInput, title: string): Draft['article'] {
  const year = input.publishedAt?.slice(0, 4);
  const articleId = input.id ?? [slugify(input.publisher ?? ''), year, slugify(title).split('-').slice(0, 8).join('-')].filter(Boolean).join('-');
  const article: Draft['article'] = { id: articleId || 'article', title, language: input.language ?? 'en' };
  for (const k of ['url', 'publisher', 'author', 'publishedAt'] as const) if (input[k]) article[k] = input[k];
  return article;
}
