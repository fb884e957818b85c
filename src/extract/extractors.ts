/**
 * The extractors `extract`, `add` and `eval:extract` can run, by the name the `--extractor`
 * flag takes. Each entry builds its extractor on demand, so a runtime one extractor needs
 * (a worker process, an endpoint) is only touched when that extractor is chosen.
 */
import type { Config } from '../config/loadConfig.ts';
import { ruleExtractor } from './ruleExtractor.ts';
import type { Extractor } from './types.ts';

interface ExtractorEntry {
  /** One line for `--help`. */
  summary: string;
  create(config: Config): Promise<Extractor>;
}

const EXTRACTORS = {
  rules: { summary: 'surface patterns over names; fast, offline, no runtime to install', create: async () => ruleExtractor },
  llm: {
    summary: 'a language model behind any OpenAI-compatible endpoint (NEWSGRAPH_LLM_BASE_URL, NEWSGRAPH_LLM_MODEL)',
    create: async (config: Config): Promise<Extractor> => new (await import('./llm/LlmExtractor.ts')).LlmExtractor(config.llm),
  },
  ensemble: {
    summary: 'the default offline extractor and the LLM together; facts both find score higher',
    create: async (config: Config): Promise<Extractor> => {
      const { EnsembleExtractor } = await import('./ensembleExtractor.ts');
      const model = await createExtractor('llm', config);
      return new EnsembleExtractor(await createExtractor(OFFLINE_EXTRACTOR, config), model);
    },
  },
} satisfies Record<string, ExtractorEntry>;

export type ExtractorName = keyof typeof EXTRACTORS;
export const EXTRACTOR_NAMES = Object.keys(EXTRACTORS) as ExtractorName[];
export const DEFAULT_EXTRACTOR: ExtractorName = 'rules';
/** The offline extractor `ensemble` pairs with the LLM. */
export const OFFLINE_EXTRACTOR = 'rules' satisfies ExtractorName;

/** `--help` text: every extractor with its summary. */
export function describeExtractors(): string {
  return EXTRACTOR_NAMES.map((name) => `${name}: ${EXTRACTORS[name].summary}`).join('; ');
}

/** Builds the named extractor; the caller closes it (`extractor.close?.()`) when done. */
export function createExtractor(name: ExtractorName, config: Config): Promise<Extractor> {
  const entry: ExtractorEntry = EXTRACTORS[name];
  return entry.create(config);
}
