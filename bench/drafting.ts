import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { draftReport, planDrafts } from '../src/drafting';
import { requestDraft } from '../src/drafting/client';
import { renderPrompt } from '../src/drafting/prompts';

type Row = (label: string, ...cells: Array<string | number>) => void;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Offline drafting of every heading with notes of our drafting fixture (last year's report read too). */
export async function benchOfflineReport(root: string, row: Row): Promise<void> {
  const dir = join(root, 'test/fixtures/drafting');
  const report = readFileSync(join(dir, 'qingshan-2023.md'), 'utf8');
  const lastYear = readFileSync(join(dir, 'qingshan-2022.md'), 'utf8');
  const options = { readPrevious: () => lastYear };
  let headings = 0;
  for (let i = 0; i < 20; i++) headings = (await draftReport(report, undefined, options)).drafted.length;
  const samples: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t0 = process.hrtime.bigint();
    await draftReport(report, undefined, options);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  row(`offline draft of a whole report (${headings} headings)`, `${median(samples).toFixed(2)} ms`, '(target < 20 ms)');
}

/** A local OpenAI-compatible server that streams `content` in chunks of 8 characters, 20 ms apart. */
function streamingServer(content: string): Server {
  return createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const pieces = content.match(/[\s\S]{1,8}/g) ?? [];
      const chunk = (delta: object, finish: string | null = null) =>
        `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      let i = 0;
      const next = () => {
        if (res.destroyed) return;
        if (i < pieces.length) {
          res.write(chunk({ content: pieces[i++] }));
          setTimeout(next, 20);
        } else res.end(`${chunk({}, 'stop')}data: [DONE]\n\n`);
      };
      next();
    });
  });
}

/** Time from the request to the first character of the draft shown, and to the whole draft, over loopback. */
export async function benchFirstCharacter(root: string, row: Row): Promise<void> {
  const report = readFileSync(join(root, 'test/fixtures/drafting/qingshan-2023.md'), 'utf8');
  const { targets, facts } = planDrafts(report);
  const text = '本局开展政务公开业务培训2次，参训86人次；开展自查3次；第四季度开展专项督查。';
  const server = streamingServer(JSON.stringify({ paragraphs: [{ text }], missing: [] }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  const config = { baseURL, model: 'm', timeoutMs: 10_000 };
  const { system, user } = renderPrompt(targets.find((t) => t.kind === 'supervision') ?? targets[0], facts);
  const first: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < 12; i++) {
    const t0 = process.hrtime.bigint();
    const since = () => Number(process.hrtime.bigint() - t0) / 1e6;
    let firstMs = NaN;
    const onText = (partial: string) => {
      if (partial && Number.isNaN(firstMs)) firstMs = since();
    };
    await requestDraft(config, { system, user }, { onText });
    if (i < 2) continue; // warm-up
    whole.push(since());
    first.push(firstMs);
  }
  server.close();
  row('time to first streamed character', `${median(first).toFixed(1)} ms`, '(the JSON wrapper is 3 chunks)');
  row('time to the whole streamed draft', `${median(whole).toFixed(1)} ms`, '(chunks of 8 characters, 20 ms apart)');
}
