/** The mention type shared by the mention finder and the relation finders. */
import type { EntityType } from '../../model/vocabulary.ts';

/** An entity mention in the article (token indexes are article-wide). */
export interface ArticleMention {
  id: string;
  type: EntityType;
  first: number;
  last: number;
  head: number;
  surface: string;
  /** How it was found: a name, a short name, a demonym/capital, an actor noun, a pronoun. */
  via: 'name' | 'short' | 'demonym' | 'nominal' | 'pronoun';
  /** A body named by a description that starts with its parent ("the UN refugee agency" -> the UN). */
  partOf?: ArticleMention;
  /** A quoted "we"/"our" whose speaker is a person: it stands for the body the person speaks for. */
  group?: boolean;
}
