/** Small helpers over a dependency parse: children, subtrees, sentence of a token. */
import type { Parse, ParsedToken } from '../../nlp/parseTypes.ts';
import { dropLowerCaseNames, infinitivesOfIntentNouns, lowerCaseProperNounsAsNouns, namesAfterPortfolios, namesBeforeAcronyms, progressivesReadAsNouns, tagOrganisationNames, unknownCapitalisedAsProperNouns } from './parseRepairs.ts';

/** A parse with child lists and the sentence index of each token. */
export class ParseTree {
  readonly tokens: ParsedToken[];
  private readonly kids: number[][];
  readonly sentenceOf: number[];

  constructor(
    readonly parse: Parse,
    readonly text: string,
  ) {
    this.tokens = parse.tokens;
    // Lemmas of common words in lower case ("Police" opening a sentence is "police").
    lowerCaseProperNounsAsNouns(this.tokens);
    unknownCapitalisedAsProperNouns(this.tokens);
    for (const t of this.tokens) if (t.pos !== 'PROPN') t.lemma = t.lemma.toLowerCase();
    dropLowerCaseNames(this.tokens);
    tagOrganisationNames(this.tokens);
    namesBeforeAcronyms(this.tokens);
    namesAfterPortfolios(this.tokens);
    infinitivesOfIntentNouns(this.tokens);
    progressivesReadAsNouns(this.tokens);
    this.kids = this.tokens.map(() => []);
    for (const t of this.tokens) if (t.head !== t.i) this.kids[t.head]!.push(t.i);
    let s = 0;
    this.sentenceOf = this.tokens.map((t) => {
      while (s < parse.sentences.length - 1 && t.start >= parse.sentences[s]![1]) s++;
      return s;
    });
  }

  /** The children of token i with one of the given dependency labels (all when none given). */
  children(i: number, ...deps: string[]): ParsedToken[] {
    return this.kids[i]!.map((k) => this.tokens[k]!).filter((t) => !deps.length || deps.includes(t.dep));
  }

  /** The head token (the token itself at the root). */
  head(i: number): ParsedToken {
    return this.tokens[this.tokens[i]!.head]!;
  }

  /** Every token under i (i included), in text order. */
  subtree(i: number): number[] {
    const out: number[] = [];
    const walk = (k: number) => {
      out.push(k);
      for (const c of this.kids[k]!) walk(c);
    };
    walk(i);
    return out.sort((a, b) => a - b);
  }

  /** Token i and its conjuncts ("X, Y and Z"). */
  conjuncts(i: number): number[] {
    const out = [i];
    for (const c of this.children(i, 'conj')) out.push(...this.conjuncts(c.i));
    return out;
  }

  /** Whether token a dominates token b (a is b or an ancestor of b). */
  dominates(a: number, b: number): boolean {
    for (let k = b, n = 0; n < 100; n++) {
      if (k === a) return true;
      const h = this.tokens[k]!.head;
      if (h === k) return false;
      k = h;
    }
    return false;
  }
}
