import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The user the local Neo4j's password belongs to. */
export const LOCAL_NEO4J_USER = 'neo4j';

/** Where the local Neo4j's generated password is kept: `<home>/neo4j.password`, mode 0600. */
export function localPasswordFile(home: string): string {
  return path.join(home, 'neo4j.password');
}

/** The local Neo4j's password, or undefined when it has not been generated yet. */
export function readLocalPassword(home: string): string | undefined {
  try {
    const text = fs.readFileSync(localPasswordFile(home), 'utf8').trim();
    return text === '' ? undefined : text;
  } catch {
    return undefined;
  }
}

/**
 * Returns the local Neo4j's password, generating one (32 random bytes, base64url) the first
 * time. The file is created with mode 0600, and an existing file is narrowed to 0600 if
 * someone widened it.
 */
export function ensureLocalPassword(home: string): string {
  const file = localPasswordFile(home);
  fs.mkdirSync(home, { recursive: true, mode: 0o700 });
  const existing = readLocalPassword(home);
  if (existing !== undefined && existing.length >= 8) {
    if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
    return existing;
  }
  const password = crypto.randomBytes(32).toString('base64url');
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}
