/**
 * One chat-completions request to an OpenAI-compatible endpoint (OpenAI, Ollama, vLLM,
 * llama.cpp's server, LM Studio) with Node's fetch: a time limit per attempt, retries with
 * exponential backoff on 429 / 5xx / timeouts / dropped connections (honouring Retry-After),
 * and a cap on the answer's size. Failures the user must fix (key, model, address) become
 * ConfigError / ServiceUnavailableError naming the setting; failures of one request become
 * ChatRequestFailed for the caller to record against the chunk. The API key is sent as a
 * bearer token and appears in no message.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigError, ServiceUnavailableError } from '../../errors/AppError.ts';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** `json_schema` (strict structured output) or `json_object` (any JSON; validated afterwards). */
export type ResponseFormat = { type: 'json_schema'; schema: Record<string, unknown> } | { type: 'json_object' };

export interface ChatAnswer {
  content: string;
  tokensIn: number;
  tokensOut: number;
  /** `length` when the model stopped at max_tokens (the JSON is then cut off). */
  finishReason: string | undefined;
}

export interface ChatClientSettings {
  baseUrl: string;
  model: string;
  apiKey: string | undefined;
  timeoutMs: number;
  retries: number;
  /** First backoff; doubles on each retry (Retry-After wins when the server sends it). */
  backoffMs?: number;
  /** Answers larger than this are refused unread. */
  maxAnswerBytes?: number;
}

/** One request failed after its retries (timeout, 5xx, a refused request, an oversized answer). */
export class ChatRequestFailed extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'server' | 'rejected' | 'too-large',
  ) {
    super(message);
  }
}

/** The server does not do `json_schema` response formats (llama.cpp: "Input should be 'text' or 'json_object'"). */
export class ResponseFormatRefused extends Error {}

const REFUSED_FORMAT = /json_schema|response_format|'text' or 'json_object'|structured output/i;
const MAX_RETRY_AFTER_MS = 60_000;

/** `https://user:secret@host/v1?key=...` shown as `https://host/v1`: addresses in messages carry no secrets. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/$/, '')}`;
  } catch {
    return '(unparseable URL)';
  }
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), or undefined. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) ? Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms)) : undefined;
}

/** A client for one endpoint and model. */
export class ChatClient {
  private readonly url: string;
  private readonly where: string;

  constructor(private readonly settings: ChatClientSettings) {
    // fetch refuses URLs with credentials in them; the key is the way to authenticate.
    const base = new URL(settings.baseUrl);
    base.username = '';
    base.password = '';
    this.url = `${base.href.replace(/\/+$/, '')}/chat/completions`;
    this.where = displayUrl(settings.baseUrl);
  }

  /** Sends the messages at temperature 0 and returns the answer text and token counts. */
  async complete(messages: ChatMessage[], format: ResponseFormat, maxTokens: number): Promise<ChatAnswer> {
    const body = JSON.stringify({
      model: this.settings.model,
      temperature: 0,
      max_tokens: maxTokens,
      messages,
      response_format: format.type === 'json_schema' ? { type: 'json_schema', json_schema: { name: 'newsgraph_facts', strict: true, schema: format.schema } } : { type: 'json_object' },
    });
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (this.settings.apiKey) headers.authorization = `Bearer ${this.settings.apiKey}`;
    let backoff = this.settings.backoffMs ?? 500;
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= this.settings.retries;
      let wait = backoff;
      try {
        const response = await fetch(this.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.settings.timeoutMs) });
        if (response.ok) return await this.readAnswer(response);
        const text = await readCapped(response, 64 * 1024).catch(() => '');
        this.throwIfFatal(response.status, text, format);
        if (response.status !== 429 && response.status < 500) {
          throw new ChatRequestFailed(`the endpoint refused the request (HTTP ${response.status}: ${this.clip(text)})`, 'rejected');
        }
        if (last) throw new ChatRequestFailed(`the endpoint kept failing (HTTP ${response.status} after ${attempt + 1} attempts: ${this.clip(text)})`, 'server');
        wait = retryAfterMs(response.headers.get('retry-after')) ?? backoff;
      } catch (error) {
        if (error instanceof ChatRequestFailed || error instanceof ConfigError || error instanceof ResponseFormatRefused) throw error;
        const name = (error as Error)?.name;
        if (name === 'TimeoutError' || name === 'AbortError') {
          if (last) throw new ChatRequestFailed(`no answer within ${this.settings.timeoutMs} ms (${attempt + 1} attempts; raise NEWSGRAPH_LLM_TIMEOUT_MS or --llm-timeout)`, 'timeout');
        } else {
          const code = networkCode(error);
          if (last) {
            throw new ServiceUnavailableError(
              `cannot reach the language model at ${this.where} (${code}): start it, or fix NEWSGRAPH_LLM_BASE_URL / --llm-url`,
              { variable: 'NEWSGRAPH_LLM_BASE_URL' },
            );
          }
        }
      }
      await sleep(wait);
      backoff *= 2;
    }
  }

  /** 401 / 403 / 404 are the user's to fix; a refused response format is the caller's to work around. */
  private throwIfFatal(status: number, text: string, format: ResponseFormat): void {
    if (status === 401 || status === 403) {
      throw new ConfigError(`the language model at ${this.where} refused the credentials (HTTP ${status}): check NEWSGRAPH_LLM_API_KEY`, { variable: 'NEWSGRAPH_LLM_API_KEY' });
    }
    if (status === 404) {
      throw new ConfigError(
        `the language model at ${this.where} has no model "${this.settings.model}" or no /chat/completions (HTTP 404): check NEWSGRAPH_LLM_MODEL / --llm-model, and that NEWSGRAPH_LLM_BASE_URL ends in /v1`,
        { variable: 'NEWSGRAPH_LLM_MODEL' },
      );
    }
    if (format.type === 'json_schema' && (status === 400 || status === 422 || status >= 500) && REFUSED_FORMAT.test(text)) throw new ResponseFormatRefused(this.clip(text));
  }

  private async readAnswer(response: Response): Promise<ChatAnswer> {
    const limit = this.settings.maxAnswerBytes ?? 1024 * 1024;
    const text = await readCapped(response, limit);
    let json: { choices?: Array<{ message?: { content?: unknown }; finish_reason?: string }>; usage?: { prompt_tokens?: number; completion_tokens?: number } };
    try {
      json = JSON.parse(text);
    } catch {
      throw new ChatRequestFailed(`the endpoint's response is not a chat completion (not JSON: ${this.clip(text)})`, 'rejected');
    }
    const choice = json.choices?.[0];
    const content = choice?.message?.content;
    if (typeof content !== 'string') throw new ChatRequestFailed(`the endpoint's response has no choices[0].message.content (${this.clip(text)})`, 'rejected');
    return { content, tokensIn: json.usage?.prompt_tokens ?? 0, tokensOut: json.usage?.completion_tokens ?? 0, finishReason: choice?.finish_reason };
  }

  /** A short excerpt of a server's text for a message, without the key should a server echo it. */
  private clip(text: string): string {
    let t = text.replace(/\s+/g, ' ').trim();
    if (this.settings.apiKey) t = t.split(this.settings.apiKey).join('***');
    return t.length > 200 ? `${t.slice(0, 199)}…` : t || '(empty body)';
  }
}

/** The body as text, refusing (and cancelling) it past `limit` bytes. */
async function readCapped(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) {
    await response.body?.cancel();
    throw new ChatRequestFailed(`the answer is far too large (${declared} bytes; the limit is ${limit})`, 'too-large');
  }
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > limit) {
      await response.body.cancel().catch(() => {});
      throw new ChatRequestFailed(`the answer is far too large (over ${limit} bytes)`, 'too-large');
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** ECONNREFUSED, ENOTFOUND, ...: what fetch's "fetch failed" hides in its cause. */
function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error as Error)?.message ?? 'unknown network error';
}
