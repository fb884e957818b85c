import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJava } from '../../src/local-neo4j/ensureLauncherBuilt.ts';
import { EnvironmentError } from '../../src/errors/AppError.ts';

function fakeJava(versionLine: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-java-'));
  const file = path.join(dir, 'java');
  fs.writeFileSync(file, `#!/bin/sh\necho '${versionLine}' >&2\n`, { mode: 0o755 });
  return file;
}

// The machine's own Java is checked in tests/integration/checkJava.int.test.ts (this layer
// runs without Java); these cases use a missing path and fake `java` scripts.
describe('checkJava', () => {
  it('says what to install when java is missing', () => {
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(EnvironmentError);
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(/java was not found \(\/nonexistent\/bin\/java\): install a JDK 17 or 21/);
  });

  it('refuses a Java that is too old, naming its version', () => {
    expect(() => checkJava(fakeJava('openjdk version "11.0.2" 2019-01-15'))).toThrow(/java 11 is too old: Neo4j 5.26 needs Java 17 or 21/);
    expect(() => checkJava(fakeJava('java version "1.8.0_292"'))).toThrow(/java 8 is too old/);
  });
});
