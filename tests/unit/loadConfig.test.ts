import { describe, expect, it } from 'vitest';
import { boltUri, loadConfig, usesLocalNeo4j } from '../../src/config/loadConfig.ts';
import { ConfigError } from '../../src/errors/AppError.ts';

describe('loadConfig', () => {
  it('defaults to the local Neo4j on 7687 and the API on 127.0.0.1:4000', () => {
    const config = loadConfig({});
    expect(usesLocalNeo4j(config)).toBe(true);
    expect(boltUri(config)).toBe('bolt://127.0.0.1:7687');
    expect(config.server).toMatchObject({ host: '127.0.0.1', port: 4000, apiKey: undefined, production: false });
    expect(config.local.home).toMatch(/\.newsgraph$/);
  });

  it('uses NEO4J_URI and its credentials and starts nothing locally', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'news' });
    expect(usesLocalNeo4j(config)).toBe(false);
    expect(boltUri(config)).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(config.neo4j).toMatchObject({ user: 'u', password: 'p', database: 'news' });
  });

  it('lets explicit overrides win over the environment', () => {
    const config = loadConfig({ PORT: '5000', NEWSGRAPH_NEO4J_PORT: '7000' }, { server: { port: 6000 }, local: { port: 7100 } });
    expect(config.server.port).toBe(6000);
    expect(config.local.port).toBe(7100);
  });

  it('keeps 7 days / 100,000 change events by default; both are configurable and must be positive', () => {
    expect(loadConfig({}).changeLog).toEqual({ keepDays: 7, keepEvents: 100_000 });
    expect(loadConfig({ NEWSGRAPH_CHANGE_LOG_KEEP_DAYS: '2', NEWSGRAPH_CHANGE_LOG_KEEP_EVENTS: '500' }).changeLog).toMatchObject({ keepDays: 2, keepEvents: 500 });
    expect(loadConfig({ NEWSGRAPH_CHANGE_LOG_KEEP_DAYS: '2' }, { changeLog: { keepDays: 1 } }).changeLog.keepDays).toBe(1);
    expect(() => loadConfig({ NEWSGRAPH_CHANGE_LOG_KEEP_DAYS: '0' })).toThrow(/NEWSGRAPH_CHANGE_LOG_KEEP_DAYS: NEWSGRAPH_CHANGE_LOG_KEEP_DAYS must be positive/);
    expect(() => loadConfig({ NEWSGRAPH_CHANGE_LOG_KEEP_EVENTS: 'lots' })).toThrow(/NEWSGRAPH_CHANGE_LOG_KEEP_EVENTS must be a number/);
  });

  it('runs java from JAVA_HOME when it is set, else from the PATH', () => {
    expect(loadConfig({}).local.java).toBe('java');
    expect(loadConfig({ JAVA_HOME: '/opt/jdk-21' }).local.java).toBe('/opt/jdk-21/bin/java');
  });

  it('treats empty variables as unset', () => {
    expect(usesLocalNeo4j(loadConfig({ NEO4J_URI: '' }))).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT: PORT must be a port number/],
    [{ PORT: '70000' }, /PORT: PORT must be between 0 and 65535/],
    [{ NEWSGRAPH_NEO4J_PORT: '-1' }, /NEWSGRAPH_NEO4J_PORT/],
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI must look like bolt:\/\/host:7687/],
    [{ NEWSGRAPH_API_KEY: 'short' }, /NEWSGRAPH_API_KEY must be at least 8 characters/],
    [{ NEWSGRAPH_NEO4J_HEAP_MB: '0' }, /NEWSGRAPH_NEO4J_HEAP_MB must be positive/],
    [{ NEO4J_URI: 'neo4j+s://x.io' }, /NEO4J_PASSWORD is not set/],
    [{ NEO4J_USER: 'a', NEO4J_USERNAME: 'b' }, /NEO4J_USER and NEO4J_USERNAME are both set and differ/],
  ])('rejects %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads the LLM endpoint settings; flags win; nothing set means no endpoint', () => {
    expect(loadConfig({}).llm).toMatchObject({ baseUrl: undefined, model: undefined, apiKey: undefined, contextTokens: 8192, concurrency: 2, timeoutMs: 120_000, retries: 3 });
    expect(loadConfig({}).llm.cacheDir).toMatch(/\.newsgraph[/\\]llm-cache$/);
    const env = { NEWSGRAPH_LLM_BASE_URL: 'http://127.0.0.1:11434/v1', NEWSGRAPH_LLM_MODEL: 'qwen2.5:7b', NEWSGRAPH_LLM_API_KEY: 'sk-x', NEWSGRAPH_LLM_CONCURRENCY: '4' };
    expect(loadConfig(env).llm).toMatchObject({ baseUrl: 'http://127.0.0.1:11434/v1', model: 'qwen2.5:7b', apiKey: 'sk-x', concurrency: 4 });
    const flagged = loadConfig(env, { llm: { baseUrl: 'https://api.openai.com/v1', model: undefined, timeoutMs: 5000 } }).llm;
    expect(flagged).toMatchObject({ baseUrl: 'https://api.openai.com/v1', model: 'qwen2.5:7b', timeoutMs: 5000 });
  });

  it('rejects a bad LLM setting naming the variable or flag, without echoing the key', () => {
    expect(() => loadConfig({ NEWSGRAPH_LLM_BASE_URL: 'localhost:11434' })).toThrow(/NEWSGRAPH_LLM_BASE_URL: NEWSGRAPH_LLM_BASE_URL must be an http\(s\) URL/);
    expect(() => loadConfig({ NEWSGRAPH_LLM_CONCURRENCY: '0' })).toThrow(/NEWSGRAPH_LLM_CONCURRENCY must be positive/);
    expect(() => loadConfig({}, { llm: { baseUrl: 'ftp://x' } })).toThrow(/--llm-url must be an http\(s\) URL/);
    try {
      loadConfig({ NEWSGRAPH_LLM_API_KEY: 'sk-secret-1234', NEWSGRAPH_LLM_TIMEOUT_MS: 'soon' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/NEWSGRAPH_LLM_TIMEOUT_MS/);
      expect(JSON.stringify([(error as Error).message, (error as ConfigError).details])).not.toContain('sk-secret');
    }
  });
});
