import fs from 'node:fs';
import path from 'node:path';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';

// The layering (README "Layers", rules in .dependency-cruiser.cjs) checked on every npm test.
const SCANNED = ['src', 'explorer/src', 'bench', 'eval'];
const KNOWN_FILE = path.join(PROJECT_ROOT, '.dependency-cruiser-known-violations.json');

/** The error-level violations dependency-cruiser reports for `scanned`, run from `root`. */
async function cruiseLayers(root: string, scanned: string[], knownViolations?: unknown): Promise<IViolation[]> {
  const cwd = process.cwd();
  process.chdir(root); // the rules' paths (^src/...) are relative to the working directory
  try {
    const options = await extractDepcruiseOptions(path.join(PROJECT_ROOT, '.dependency-cruiser.cjs'));
    if (knownViolations) options.knownViolations = knownViolations as typeof options.knownViolations;
    const tsConfigFile = path.join(PROJECT_ROOT, 'tsconfig.json');
    options.tsConfig = { fileName: tsConfigFile };
    const tsConfig = await extractTSConfig(tsConfigFile);
    const result = await cruise(scanned, { ...options, validate: true }, {}, { tsConfig });
    return (result.output as ICruiseResult).summary.violations.filter((v) => v.rule.severity === 'error');
  } finally {
    process.chdir(cwd);
  }
}

const describeViolation = (v: IViolation) => `${v.rule.name}: ${v.from} -> ${v.to}`;

describe('layering (config < model < graph < ingest/extract/importers < api/console < cli)', () => {
  it('has no import that breaks the layers, beyond the known violations being removed', async () => {
    const violations = await cruiseLayers(PROJECT_ROOT, SCANNED, JSON.parse(fs.readFileSync(KNOWN_FILE, 'utf8')));
    // A failure here names the offending import: "<rule>: <importing file> -> <imported file>".
    expect(violations.map(describeViolation)).toEqual([]);
  }, 60_000);

  it('names each wrong import (a miniature project with two, tests/fixtures/layering)', async () => {
    const violations = await cruiseLayers(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'layering'), ['src']);
    expect(violations.map(describeViolation).sort()).toEqual([
      'extract-not-graph: src/extract/extract.ts -> src/graph/run.ts',
      'layer-model: src/model/vocabulary.ts -> src/ingest/parse.ts',
    ]);
  }, 60_000);
});
