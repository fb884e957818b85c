/**
 * The `nlp` extractor: spaCy (in a long-lived worker process) parses the article, and
 * extractFromParse turns the parse into a draft. One worker serves every article the
 * extractor is given until `close()`.
 */
import type { Parse } from '../../nlp/parseTypes.ts';
import type { ArticleInput, Draft, ExtractContext, Extractor } from '../types.ts';
import { ruleExtractor } from '../ruleExtractor.ts';
import { NLP_EXTRACTOR, extractFromParse } from './extractFromParse.ts';

/** Whatever parses text (the NLP worker, or a stand-in in tests). */
export interface TextParser {
  parse(text: string): Promise<Parse>;
  close?(): Promise<void>;
}

/** An Extractor over a TextParser. */
export class NlpExtractor implements Extractor {
  readonly name = NLP_EXTRACTOR.name;
  readonly version = NLP_EXTRACTOR.version;

  constructor(private readonly parser: TextParser) {}

  /** Parses the article in the worker and drafts its facts. */
  async extract(input: ArticleInput, context: ExtractContext): Promise<Draft> {
    // The worker parses while the rules run here: on two cores the two overlap.
    const parsing = this.parser.parse(input.text);
    let rulesDraft: Draft;
    try {
      rulesDraft = ruleExtractor.extractSync(input, context);
    } catch (error) {
      parsing.catch(() => {});
      throw error;
    }
    return extractFromParse(input, context, await parsing, { rulesDraft });
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await this.parser.close?.();
  }
}
