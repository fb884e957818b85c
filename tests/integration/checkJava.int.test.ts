import { describe, expect, it } from 'vitest';
import { checkJava } from '../../src/local-neo4j/ensureLauncherBuilt.ts';

// The unit layer runs without Java; this is the one check of the machine's real Java.
describe('checkJava on this machine', () => {
  it('accepts the machine Java (17 or newer)', () => {
    expect(checkJava()).toBeGreaterThanOrEqual(17);
  });
});
