/**
 * The `nlp` extractor: spaCy (in a long-lived worker process) parses the article, and
 * extractFromParse turns the parse into a draft. One worker serves every article the
 * extractor is given until `close()`.
 */
import type { Parse } from '../../nlp/parseTypes.ts';
import type { ArticleInput, Draft, ExtractContext, Extractor } from '../types.ts';
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
    const parse = await this.parser.parse(input.text);
    return extractFromParse(input, context, parse);
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await this.parser.close?.();
  }
}
