import fs from 'node:fs';
import path from 'node:path';

/** Where the explorer page's sources and its built bundle live, under a project root. */
export function webPaths(rootDir: string): { webDir: string; distDir: string } {
  const webDir = path.join(rootDir, 'explorer');
  return { webDir, distDir: path.join(webDir, 'dist') };
}

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** True when explorer/dist is missing or older than any page source (explorer/index.html, explorer/src/ and its folders, explorer/vite.config.ts, the vocabulary it imports). */
export function webBuildIsStale(rootDir: string): boolean {
  const { webDir, distDir } = webPaths(rootDir);
  const built = path.join(distDir, 'index.html');
  if (!fs.existsSync(built)) return true;
  const sources = [path.join(webDir, 'index.html'), path.join(webDir, 'src'), path.join(webDir, 'vite.config.ts'), path.join(rootDir, 'src', 'model', 'vocabulary.ts')].filter((p) => fs.existsSync(p));
  return Math.max(...sources.map(newestMtime)) > fs.statSync(built).mtimeMs;
}

/**
 * Builds the explorer page with Vite when explorer/dist is missing or stale, and returns the folder
 * to serve. Vite is a dev dependency: without it (a production install) an existing build is
 * served as is, and a missing one is reported instead of crashing the server.
 */
export async function ensureWebBuilt(rootDir: string, log: (line: string) => void = () => {}): Promise<string | undefined> {
  const { webDir, distDir } = webPaths(rootDir);
  if (!webBuildIsStale(rootDir)) return distDir;
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    log('the explorer page is not built and Vite is not installed (npm install, then npm run build:explorer): serving the API only');
    return fs.existsSync(path.join(distDir, 'index.html')) ? distDir : undefined;
  }
  const t0 = Date.now();
  log('building the explorer page (explorer/ -> explorer/dist)...');
  await vite.build({ configFile: path.join(webDir, 'vite.config.ts'), logLevel: 'warn' });
  log(`explorer page built in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return distDir;
}
