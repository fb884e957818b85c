import { describe, expect, it } from 'vitest';
import { hostWarning, isLoopbackHost } from '../../src/api/hostWarning.ts';

describe('a non-loopback HOST', () => {
  it('warns unless an API key is set', () => {
    expect(hostWarning({ host: '0.0.0.0', apiKey: undefined })).toMatch(/^warning: HOST is 0\.0\.0\.0, so other machines can reach the API without a key: set NEWSGRAPH_API_KEY/);
    expect(hostWarning({ host: '192.168.1.20', apiKey: undefined })).toMatch(/HOST is 192\.168\.1\.20/);
    expect(hostWarning({ host: '0.0.0.0', apiKey: 'a-long-key-123' })).toBeUndefined();
  });

  it('says nothing for loopback hosts', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1']) {
      expect(isLoopbackHost(host)).toBe(true);
      expect(hostWarning({ host, apiKey: undefined })).toBeUndefined();
    }
  });
});
