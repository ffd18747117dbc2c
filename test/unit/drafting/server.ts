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
