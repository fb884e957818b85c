import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { webBuildIsStale } from '../../src/explorer-build/ensureWebBuilt.ts';

describe('webBuildIsStale (when npm start and the e2e tests rebuild the explorer page)', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
  });
  const write = (root: string, file: string, mtime: number) => {
    const full = path.join(root, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, file);
    fs.utimesSync(full, mtime, mtime);
  };
  const project = () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-web-'));
    roots.push(root);
    write(root, 'explorer/index.html', 1000);
    write(root, 'explorer/src/main.ts', 1000);
    write(root, 'explorer/vite.config.ts', 1000);
    write(root, 'src/model/vocabulary.ts', 1000);
    // A folder's own mtime counts too (a file added or deleted there changes the page).
    fs.utimesSync(path.join(root, 'explorer/src'), 1000, 1000);
    return root;
  };

  it('is stale with no build, fresh after one, stale again when a page source changes', () => {
    const root = project();
    expect(webBuildIsStale(root)).toBe(true);
    write(root, 'explorer/dist/index.html', 2000);
    expect(webBuildIsStale(root)).toBe(false);
    write(root, 'explorer/src/main.ts', 3000);
    expect(webBuildIsStale(root)).toBe(true);
  });

  it('notices a page source deleted since the build', () => {
    const root = project();
    write(root, 'explorer/src/extra.ts', 1000);
    fs.utimesSync(path.join(root, 'explorer/src'), 1000, 1000);
    write(root, 'explorer/dist/index.html', 2000);
    expect(webBuildIsStale(root)).toBe(false);
    fs.rmSync(path.join(root, 'explorer/src/extra.ts'));
    expect(webBuildIsStale(root)).toBe(true);
  });

  it('counts the vocabulary the page imports as a source', () => {
    const root = project();
    write(root, 'explorer/dist/index.html', 2000);
    write(root, 'src/model/vocabulary.ts', 3000);
    expect(webBuildIsStale(root)).toBe(true);
  });
});
