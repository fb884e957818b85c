/** True for 127.0.0.1 (any 127.x), ::1 and localhost: only this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * The warning to print when the API listens beyond loopback (HOST=0.0.0.0, a LAN address)
 * without an API key; undefined when there is nothing to warn about.
 */
export function hostWarning(server: { host: string; apiKey: string | undefined }): string | undefined {
  if (isLoopbackHost(server.host) || server.apiKey !== undefined) return undefined;
  return `warning: HOST is ${server.host}, so other machines can reach the API without a key: set NEWSGRAPH_API_KEY, or HOST=127.0.0.1 unless you mean to expose it`;
}
