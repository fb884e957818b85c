import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/loadConfig.ts';
import { redactUri, uriHasCredentials } from '../../src/config/redactUri.ts';
import { ConfigError } from '../../src/errors/AppError.ts';

describe('credentials in URIs', () => {
  it('redacts user and password, and leaves URIs without them alone', () => {
    expect(redactUri('bolt://neo4j:SECRET@db.example:7687')).toBe('bolt://***@db.example:7687');
    expect(redactUri('neo4j+s://user@abc.databases.neo4j.io')).toBe('neo4j+s://***@abc.databases.neo4j.io');
    expect(redactUri('bolt://a:b@c@host:1/db?x=1')).toBe('bolt://***@host:1/db?x=1');
    expect(redactUri('bolt://127.0.0.1:7687')).toBe('bolt://127.0.0.1:7687');
    expect(uriHasCredentials('bolt://neo4j:SECRET@host:7687')).toBe(true);
    expect(uriHasCredentials('bolt://host:7687')).toBe(false);
  });

  it('loadConfig refuses NEO4J_URI with credentials, without repeating them', () => {
    const run = () => loadConfig({ NODE_ENV: 'production', NEO4J_URI: 'bolt://neo4j:SECRET@db.example:7687' });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow('NEO4J_URI must not carry credentials (bolt://***@db.example:7687): put the user in NEO4J_USER and the password in NEO4J_PASSWORD');
    try {
      run();
    } catch (error) {
      expect(JSON.stringify({ message: (error as Error).message, details: (error as ConfigError).details })).not.toContain('SECRET');
    }
  });
});
