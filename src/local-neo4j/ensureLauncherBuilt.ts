import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { EnvironmentError } from '../errors/AppError.ts';

/** The launcher's Maven artifactId (neo4j-launcher/pom.xml), its folder's name and its jar's prefix. */
export const LAUNCHER_ARTIFACT = 'neo4j-launcher';

/** Where the Maven project of the launcher lives, relative to the project root. */
export function launcherDir(rootDir: string): string {
  return path.join(rootDir, LAUNCHER_ARTIFACT);
}

/** Returns the major Java version, or throws an EnvironmentError that says what to install. */
export function checkJava(java = 'java'): number {
  const out = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (out.error) {
    throw new EnvironmentError(`java was not found (${java}): install a JDK 17 or 21, e.g. "apt-get install openjdk-17-jre-headless"`);
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(out.stderr + out.stdout);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0;
  if (major < 17) {
    throw new EnvironmentError(`java ${major || '(unknown version)'} is too old: Neo4j 5.26 needs Java 17 or 21 (set JAVA_HOME to one)`);
  }
  return major;
}

/** True when the launcher's jar, classes and Neo4j jars are present and newer than its sources. */
export function launcherIsBuilt(rootDir: string): boolean {
  const dir = launcherDir(rootDir);
  const stamp = path.join(dir, 'target', 'lib', '.complete');
  if (!fs.existsSync(stamp) || !fs.existsSync(path.join(dir, 'target', 'classes', 'newsgraph', 'LocalNeo4j.class'))) return false;
  // A build from before the artifact's rename (target/local-neo4j-*.jar) is rebuilt.
  if (!fs.readdirSync(path.join(dir, 'target')).some((f) => f.startsWith(`${LAUNCHER_ARTIFACT}-`) && f.endsWith('.jar'))) return false;
  const built = fs.statSync(stamp).mtimeMs;
  const sources = [path.join(dir, 'pom.xml'), path.join(dir, 'src', 'main', 'java', 'newsgraph', 'LocalNeo4j.java')];
  return sources.every((f) => fs.statSync(f).mtimeMs <= built);
}

/**
 * Builds the launcher with Maven once (it downloads Neo4j from Maven Central into ~/.m2 the
 * first time) and is a no-op afterwards. `log` receives one line before a build starts.
 */
export function ensureLauncherBuilt(rootDir: string, log: (line: string) => void = () => {}, java = 'java'): void {
  checkJava(java);
  if (launcherIsBuilt(rootDir)) return;
  const mvnCheck = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvnCheck.error) {
    throw new EnvironmentError('mvn (Apache Maven) was not found: install it, e.g. "apt-get install maven"; it fetches Neo4j once');
  }
  log('building the local Neo4j launcher with Maven (first run downloads Neo4j 5.26, about 125 MB)...');
  const dir = launcherDir(rootDir);
  const build = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: dir, encoding: 'utf8' });
  if (build.status !== 0) {
    const tail = (build.stdout + build.stderr).trim().split('\n').slice(-20).join('\n');
    throw new EnvironmentError(`the Maven build of neo4j-launcher failed (cd ${LAUNCHER_ARTIFACT} && mvn -B package):\n${tail}`);
  }
  fs.writeFileSync(path.join(dir, 'target', 'lib', '.complete'), new Date().toISOString());
}
