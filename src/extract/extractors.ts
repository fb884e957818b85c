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
} satisfies Record<string, ExtractorEntry>;

export type ExtractorName = keyof typeof EXTRACTORS;
export const EXTRACTOR_NAMES = Object.keys(EXTRACTORS) as ExtractorName[];
export const DEFAULT_EXTRACTOR: ExtractorName = 'rules';

/** `--help` text: every extractor with its summary. */
export function describeExtractors(): string {
  return EXTRACTOR_NAMES.map((name) => `${name}: ${EXTRACTORS[name].summary}`).join('; ');
}

/** Builds the named extractor; the caller closes it (`extractor.close?.()`) when done. */
export function createExtractor(name: ExtractorName, config: Config): Promise<Extractor> {
  const entry: ExtractorEntry = EXTRACTORS[name];
  return entry.create(config);
}
