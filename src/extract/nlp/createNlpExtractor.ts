/** Builds the `nlp` extractor: sets up the runtime if needed, starts one worker, wraps it. */
import type { Config } from '../../config/loadConfig.ts';
import { NlpWorker } from '../../nlp/NlpWorker.ts';
import { ensureNlpRuntime } from '../../nlp/ensureNlpRuntime.ts';
import type { Extractor } from '../types.ts';
import { NlpExtractor } from './NlpExtractor.ts';

/** The `nlp` entry of src/extract/extractors.ts. */
export async function createNlpExtractor(config: Config): Promise<Extractor> {
  const python = await ensureNlpRuntime(config);
  const worker = await NlpWorker.start(python, config.nlp.model);
  return new NlpExtractor(worker);
}
