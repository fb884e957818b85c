import { parseArticleFile, type ArticleMetadata } from './parseArticleFile.ts';
import { draftToFactFile } from './draftToFactFile.ts';
import { ruleExtractor } from './ruleExtractor.ts';
import type { Draft, ExtractContext, Extractor } from './types.ts';

/** The result of extracting one article file: the draft and the fact file to write or ingest. */
export interface ExtractedArticle {
  draft: Draft;
  factFile: ReturnType<typeof draftToFactFile>;
}

/**
 * Checks and decodes an article file's bytes, runs the extractor and shapes the fact file
 * (offsets shifted past the front matter so they point into the file `textPath` names).
 */
export async function extractArticleFile(
  bytes: Uint8Array,
  file: string,
  options: { metadata?: ArticleMetadata; context: ExtractContext; textPath?: string; minConfidence?: number; extractor?: Extractor },
): Promise<ExtractedArticle> {
  const parsed = parseArticleFile(bytes, file, options.metadata);
  const draft = await (options.extractor ?? ruleExtractor).extract(parsed.input, options.context);
  const factFile = draftToFactFile(draft, { textPath: options.textPath, offsetShift: parsed.bodyOffset, minConfidence: options.minConfidence });
  return { draft, factFile };
}
