import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback OpenAI-compatible server for tests. It answers /v1/chat/completions (SSE streaming and
 * not) and /v1/models, can be switched to fail in the ways real providers fail, and records every
 * request (method, URL, headers, body) so a test can prove what left the browser.
 */

/** One recorded request. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Failure modes the server can be switched to. */
export type ServerMode =
  | 'ok'
  | 'bad-key'
  | 'unknown-model'
  | 'rate-limit'
  | 'server-error'
  | 'break-midway'
  | 'rate-limit-once'
  | 'server-error-once';

export interface ServerOptions {
  /** Chunks of the reply; by default the server echoes the last user message. */
  reply?: (userText: string) => string;
  /** Characters per SSE chunk (small values split placeholders across chunks). */
  chunkSize?: number;
  /** Delay between SSE chunks in milliseconds. */
  chunkDelayMs?: number;
  /** Delay before the first byte in milliseconds. */
  firstByteDelayMs?: number;
  /** Models listed by /v1/models; other names get a 404. */
  models?: string[];
  /** The API key that is accepted; anything else gets a 401. */
  apiKey?: string;
}

export interface OpenAITestServer {
  url: string;
  /** The base URL to configure in the extension: `${url}/v1`. */
  baseUrl: string;
  requests: RecordedRequest[];
  setMode(mode: ServerMode): void;
  setOptions(options: Partial<ServerOptions>): void;
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': '*',
  'access-control-max-age': '600',
};

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', ...CORS });
  res.end(JSON.stringify(body));
}

function apiError(res: http.ServerResponse, status: number, type: string, message: string, code?: string) {
  sendJson(res, status, { error: { message, type, param: null, code: code ?? null } });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function lastUserText(body: unknown): string {
  const messages = (body as { messages?: { role: string; content: unknown }[] })?.messages ?? [];
  const last = [...messages].reverse().find((m) => m.role === 'user');
  return typeof last?.content === 'string' ? last.content : '';
}

/** Starts the server on 127.0.0.1 and a free port. */
export async function startOpenAIServer(initial: ServerOptions = {}): Promise<OpenAITestServer> {
  const requests: RecordedRequest[] = [];
  let mode: ServerMode = 'ok';
  let onceDone = false;
  let options: Required<ServerOptions> = {
    reply: (text) => `Improved: ${text}`,
    chunkSize: 7,
    chunkDelayMs: 5,
    firstByteDelayMs: 0,
    models: ['test-model'],
    apiKey: 'sk-test-key',
    ...initial,
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: { ...req.headers }, body });
      void handle(req, res, body).catch(() => res.destroy());
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string) {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS);
      res.end();
      return;
    }
    await sleep(options.firstByteDelayMs);
    const auth = req.headers.authorization ?? '';
    const apiKeyHeader = req.headers['api-key'];
    if (mode === 'bad-key' || (auth !== `Bearer ${options.apiKey}` && apiKeyHeader !== options.apiKey)) {
      return apiError(res, 401, 'invalid_request_error', 'Incorrect API key provided.', 'invalid_api_key');
    }
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (req.method === 'GET' && path.endsWith('/models')) {
      return sendJson(res, 200, {
        object: 'list',
        data: options.models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'test' })),
      });
    }
    if (req.method !== 'POST' || !path.endsWith('/chat/completions')) {
      return apiError(res, 404, 'invalid_request_error', `Unknown path ${path}`);
    }
    const body = JSON.parse(raw || '{}') as { model?: string; stream?: boolean };
    if (mode === 'unknown-model' || !options.models.includes(body.model ?? '')) {
      return apiError(res, 404, 'invalid_request_error', 'The model does not exist.', 'model_not_found');
    }
    if (mode === 'rate-limit' || (mode === 'rate-limit-once' && !onceDone)) {
      onceDone = true;
      res.setHeader('retry-after-ms', '50');
      return apiError(res, 429, 'rate_limit_exceeded', 'Rate limit reached.');
    }
    if (mode === 'server-error' || (mode === 'server-error-once' && !onceDone)) {
      onceDone = true;
      return apiError(res, 500, 'server_error', 'The server had an error.');
    }
    const text = options.reply(lastUserText(body));
    const model = body.model ?? 'test-model';
    if (!body.stream) {
      return sendJson(res, 200, {
        id: 'chatcmpl-test',
        object: 'chat.completion',
        created: 0,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
      });
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...CORS });
    const pieces: string[] = [];
    for (let i = 0; i < text.length; i += options.chunkSize)
      pieces.push(text.slice(i, i + options.chunkSize));
    const breakAt = mode === 'break-midway' ? Math.max(1, Math.floor(pieces.length / 2)) : -1;
    const event = (delta: object, finish: string | null) =>
      `data: ${JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 0, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    res.write(event({ role: 'assistant', content: '' }, null));
    for (const [i, piece] of pieces.entries()) {
      if (i === breakAt) {
        res.socket?.destroy();
        return;
      }
      await sleep(options.chunkDelayMs);
      if (res.destroyed) return;
      res.write(event({ content: piece }, null));
    }
    res.write(event({}, 'stop'));
    res.end('data: [DONE]\n\n');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    baseUrl: `${url}/v1`,
    requests,
    setMode(next) {
      mode = next;
      onceDone = false;
    },
    setOptions(next) {
      options = { ...options, ...next };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
