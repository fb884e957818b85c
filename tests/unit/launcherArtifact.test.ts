import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/loadConfig.ts';
import { LAUNCHER_ARTIFACT, launcherDir, launcherIsBuilt } from '../../src/local-neo4j/ensureLauncherBuilt.ts';

// The Java launcher's folder, its Maven artifactId and the jar it builds share one name.
describe('the neo4j-launcher artifact', () => {
  it('is named neo4j-launcher in pom.xml, like its folder', () => {
    const pom = fs.readFileSync(path.join(launcherDir(PROJECT_ROOT), 'pom.xml'), 'utf8');
    // The project's own artifactId: the first one, before <dependencies>.
    expect(/<artifactId>([^<]+)<\/artifactId>/.exec(pom.split('<dependencies>')[0]!)?.[1]).toBe('neo4j-launcher');
    expect(LAUNCHER_ARTIFACT).toBe('neo4j-launcher');
    expect(path.basename(launcherDir(PROJECT_ROOT))).toBe(LAUNCHER_ARTIFACT);
  });

  it('counts a build as done only with the neo4j-launcher jar (a local-neo4j jar from before the rename is rebuilt)', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'launcher-'));
    const dir = launcherDir(root);
    fs.mkdirSync(path.join(dir, 'src', 'main', 'java', 'newsgraph'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'target', 'classes', 'newsgraph'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'target', 'lib'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'pom.xml'), '<project/>');
    fs.writeFileSync(path.join(dir, 'src', 'main', 'java', 'newsgraph', 'LocalNeo4j.java'), 'class LocalNeo4j {}');
    fs.writeFileSync(path.join(dir, 'target', 'classes', 'newsgraph', 'LocalNeo4j.class'), '');
    fs.writeFileSync(path.join(dir, 'target', 'local-neo4j-1.0.0.jar'), '');
    fs.writeFileSync(path.join(dir, 'target', 'lib', '.complete'), '');
    expect(launcherIsBuilt(root)).toBe(false);
    fs.writeFileSync(path.join(dir, 'target', 'neo4j-launcher-1.0.0.jar'), '');
    expect(launcherIsBuilt(root)).toBe(true);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
