import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake endpoint does with one request. */
export type Behaviour = (body: ChatRequest, res: ServerResponse, req: IncomingMessage) => void;

export interface ChatRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } };
  tools?: Array<{ function: { name: string } }>;
}

/**
 * A local OpenAI-compatible chat-completions server for tests: each request takes the next scripted
 * behaviour; requests and closed connections are recorded.
 */
export class FakeModel {
  readonly requests: ChatRequest[] = [];
  closedEarly = 0;
  private readonly script: Behaviour[] = [];
  private server?: Server;

  then(...behaviours: Behaviour[]): this {
    this.script.push(...behaviours);
    return this;
  }

  /** Forgets the scripted behaviours not yet used and the requests recorded; returns how many were unused. */
  reset(): number {
    const unused = this.script.length;
    this.script.length = 0;
    this.requests.length = 0;
    return unused;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let data = '';
      req.on('data', (d) => (data += d));
      req.on('end', () => {
        const body = JSON.parse(data || '{}') as ChatRequest;
        this.requests.push(body);
        res.on('close', () => {
          if (!res.writableFinished) this.closedEarly++;
        });
        const next = this.script.shift();
        if (!next) return json(res, 500, { error: { message: 'no scripted answer' } });
        next(body, res, req);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function completion(message: Record<string, unknown>, finish = 'stop') {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 0,
    model: 'test',
    choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason: finish }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

/** Answers with `content` as the assistant's message. */
export const answer =
  (content: string, finish = 'stop'): Behaviour =>
  (_b, res) =>
    json(res, 200, completion({ content }, finish));

/** Answers through a forced tool call. */
export const toolAnswer =
  (args: string): Behaviour =>
  (_b, res) =>
    json(
      res,
      200,
      completion(
        {
          content: null,
          tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'section_draft', arguments: args } }],
        },
        'tool_calls',
      ),
    );

/** Rejects the request with HTTP `status` and an error message. */
export const reject =
  (status: number, message: string, headers: Record<string, string> = {}): Behaviour =>
  (_b, res) =>
    json(res, status, { error: { message, type: 'invalid_request_error' } }, headers);

/** Never answers (until the client gives up or the server stops). */
export const hang: Behaviour = () => undefined;

/** Streams `content` as server-sent chunks of `size` characters, `delayMs` apart (or whole JSON when not asked to stream). */
export const streamAnswer =
  (content: string, size = 8, delayMs = 5): Behaviour =>
  (body, res) => {
    if (!(body as { stream?: boolean }).stream) return json(res, 200, completion({ content }));
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const pieces = content.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
    const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
      `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: 'test', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    let i = 0;
    const next = () => {
      if (res.destroyed) return;
      if (i < pieces.length) {
        res.write(chunk({ content: pieces[i++] }));
        setTimeout(next, delayMs);
      } else {
        res.write(chunk({}, 'stop'));
        res.end('data: [DONE]\n\n');
      }
    };
    next();
  };

/** Sends the headers at once, then the JSON body one character every `intervalMs` (a body that trickles). */
export const trickle =
  (content: string, intervalMs = 200): Behaviour =>
  (_b, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const text = JSON.stringify(completion({ content }));
    let i = 0;
    const timer = setInterval(() => {
      if (res.destroyed || i >= text.length) {
        clearInterval(timer);
        if (!res.destroyed) res.end();
        return;
      }
      res.write(text[i++]);
    }, intervalMs);
  };

/** Rejects with `status`, echoing the Authorization header it received in the error message. */
export const echoKey =
  (status: number): Behaviour =>
  (_b, res, req) =>
    json(res, status, { error: { message: `Incorrect API key provided: ${req.headers.authorization ?? ''}` } });
