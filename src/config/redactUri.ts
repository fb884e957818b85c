/**
 * The URI with any user name or password replaced by `***`, for everything that shows or
 * logs a URI (the start-up banner, /ready, `{ database { uri } }`, CLI errors).
 */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@');
}

/** True when the URI carries credentials (`scheme://user:password@host`). */
export function uriHasCredentials(uri: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(uri);
}
