import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { check } from '../src/core/check';
import { forgetReadings } from '../src/core/sentences';
import { scaffold } from '../src/core/scaffold';
import { exportDocx } from '../src/exporters/docx';
import { importHtml, importPdf, importText } from '../src/importers';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { planDrafts } from '../src/drafting';
import { requestDraft } from '../src/drafting/client';
import { renderPrompt } from '../src/drafting/prompts';
import { flattenedText } from '../test/unit/shapes';
import { benchFirstCharacter, benchOfflineReport } from './drafting';

/**
 * `npm run bench`: prints figures, asserts nothing. Targets (issue 2): check() within 1.5× a bare
 * markdown-it parse, a typical report under 3 ms, `nianbao check` at least 500 reports per second.
 */

const ROOT = resolve(__dirname, '../..');
const SHARED = process.env.NIANBAO_SHARED ?? resolve(ROOT, '../shared');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median milliseconds of `fn` over `runs` runs after `warm` warm-up runs. */
function time(fn: () => void, runs: number, warm = Math.ceil(runs / 5)): number {
  for (let i = 0; i < warm; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(samples);
}

/** A report of about `bytes` bytes: the example with its narrative repeated, tables once. */
function synthetic(base: string, bytes: number): string {
  const cut = base.indexOf('### （二）');
  const head = base.slice(0, cut);
  const tail = base.slice(cut);
  const paragraph =
    '本年度，我局围绕政务公开重点工作，主动公开政府信息326条，其中政策文件12条、工作动态214条、人事信息18条、财政信息9条、规划计划5条、其他信息68条；组织业务培训4次，开展自查2次，全部问题已整改。\n\n';
  const copies = Math.max(1, Math.ceil((bytes - Buffer.byteLength(base)) / Buffer.byteLength(paragraph)));
  return head + paragraph.repeat(copies) + tail;
}

function row(label: string, ...cells: Array<string | number>) {
  console.log(`  ${label.padEnd(42)} ${cells.map((c) => String(c).padStart(12)).join(' ')}`);
}

function benchCheck(
  name: string,
  text: string,
  readPrevious: ((ref: string) => string | undefined) | undefined,
  runs: number,
) {
  const md = new MarkdownIt();
  const parse = time(() => md.parse(text, {}), runs);
  const checked = time(() => check(text, { readPrevious }), runs);
  row(
    name,
    `${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`,
    `${checked.toFixed(3)} ms`,
    `${parse.toFixed(3)} ms`,
    `${(checked / parse).toFixed(2)}×`,
  );
}

function benchThroughput(files: number): void {
  const dir = join(ROOT, 'bench', '.data', 'reports');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const a = readFileSync(join(ROOT, 'examples', 'baiyun-2023.md'), 'utf8');
  const b = readFileSync(join(ROOT, 'examples', 'baiyun-2024-draft.md'), 'utf8');
  for (let i = 0; i < files; i++)
    writeFileSync(
      join(dir, `unit-${String(i).padStart(4, '0')}.md`),
      i % 2 ? a : b.replace('previous: baiyun-2023.md\n', ''),
    );
  const cli = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build');
  for (const threads of ['default', '1', '2']) {
    const walls: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = process.hrtime.bigint();
      const env = threads === 'default' ? process.env : { ...process.env, NIANBAO_THREADS: threads };
      const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', dir], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        env,
      });
      walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const checkedFiles = JSON.parse(r.stdout).files.length;
      if (checkedFiles !== files) throw new Error(`checked ${checkedFiles} of ${files} files`);
    }
    const wall = median(walls);
    row(
      `nianbao check, ${files} files, threads ${threads}`,
      `${wall.toFixed(0)} ms`,
      `${((files / wall) * 1000).toFixed(0)} reports/s`,
      '(target ≥ 500)',
    );
  }
  rmSync(dirname(dir), { recursive: true, force: true });
}

/** PDF import: the first file (pdf.js loaded then: the cold time), then the median of warm runs. */
async function benchPdf(): Promise<void> {
  const dir = join(ROOT, 'test', 'fixtures', 'pdf');
  const long = readFileSync(join(dir, 'baiyun-2023-long.pdf'));
  const t0 = process.hrtime.bigint();
  await importPdf(long);
  const cold = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(
    '\nimport of a PDF (median of 20 after the first)   target: 10-page report < 300 ms once pdf.js is loaded',
  );
  row(
    'baiyun-2023-long.pdf (10 pages), first: loads pdf.js',
    `${(long.length / 1024).toFixed(0)} KiB`,
    `${cold.toFixed(0)} ms`,
  );
  for (const name of ['baiyun-2023-long.pdf', 'baiyun-2023.pdf', 'qingshi-2020.pdf']) {
    const data = readFileSync(join(dir, name));
    const samples: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = process.hrtime.bigint();
      await importPdf(data);
      samples.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    row(name, `${(data.length / 1024).toFixed(0)} KiB`, `${median(samples).toFixed(1)} ms`);
  }
}

async function benchExport(): Promise<void> {
  const markdown = readFileSync(join(ROOT, 'examples', 'baiyun-2023.md'), 'utf8');
  for (let i = 0; i < 5; i++) await exportDocx(markdown);
  const samples: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = process.hrtime.bigint();
    await exportDocx(markdown);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log('\nexport to Word (median)   target: < 200 ms');
  row('examples/baiyun-2023.md → .docx', `${median(samples).toFixed(1)} ms`);
}

/** Rough token count of Chinese prompts: one token per CJK character, one per four other characters. */
function tokens(text: string): number {
  const cjk = (text.match(/[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/g) ?? []).length;
  return Math.round(cjk + (text.length - cjk) / 4);
}

async function benchDrafting(): Promise<void> {
  console.log('\ndrafting: prompt size per section (estimated tokens)   target: < 2,500');
  const report = scaffold({
    agency: '白云县应急管理局',
    year: 2024,
    previous: { markdown: readFileSync(join(ROOT, 'examples', 'baiyun-2023.md'), 'utf8'), ref: 'baiyun-2023.md' },
  });
  const { targets, facts } = planDrafts(report);
  const seen = new Set<string>();
  for (const t of targets) {
    const { system, user } = renderPrompt(t, facts);
    const key = `${t.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    row(`${t.kind}: ${t.heading.text}`, `${tokens(system + user)} tokens`);
  }
  // The client's own cost: a local server that answers at once; its handling time is subtracted.
  const content = JSON.stringify({ paragraphs: [{ text: '2024年，白云县应急管理局主动公开信息。' }], missing: [] });
  let serverMs = 0;
  const server = createServer((req, res) => {
    const t0 = process.hrtime.bigint();
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'x',
          object: 'chat.completion',
          created: 0,
          model: 'm',
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        }),
      );
      serverMs += Number(process.hrtime.bigint() - t0) / 1e6;
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const config = {
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    model: 'm',
    timeoutMs: 5000,
  };
  const { system, user } = renderPrompt(targets[0], facts);
  for (let i = 0; i < 10; i++) await requestDraft(config, { system, user });
  const samples: number[] = [];
  for (let i = 0; i < 50; i++) {
    serverMs = 0;
    const t0 = process.hrtime.bigint();
    await requestDraft(config, { system, user });
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6 - serverMs);
  }
  server.close();
  row(
    'client overhead per draft (server excluded)',
    `${median(samples).toFixed(2)} ms`,
    '(target < 20 ms; loopback HTTP included)',
  );
  await benchOfflineReport(ROOT, row);
  await benchFirstCharacter(ROOT, row);
}

async function main(): Promise<void> {
  const samplePath = join(ROOT, 'test', 'fixtures', 'reports', 'linhe-2022.md');
  const typical = readFileSync(samplePath, 'utf8');
  const readPrevious = (ref: string) => {
    try {
      return readFileSync(resolve(dirname(samplePath), ref), 'utf8');
    } catch {
      return undefined;
    }
  };
  console.log('check() against a bare markdown-it parse (median)   target: ratio ≤ 1.5, typical report < 3 ms');
  row('', 'size', 'check()', 'md.parse', 'ratio');
  benchCheck('2022 report (with previous)', typical, readPrevious, 400);
  const baiyun = readFileSync(join(ROOT, 'examples', 'baiyun-2023.md'), 'utf8');
  benchCheck('examples/baiyun-2023.md', baiyun, undefined, 400);
  row(
    '  the same, every sentence read anew',
    '',
    `${time(() => {
      forgetReadings();
      check(baiyun);
    }, 400).toFixed(3)} ms`,
  );
  benchCheck('synthetic 1 MB report', synthetic(typical, 1024 * 1024), undefined, 15);
  console.log('\nimport of the published examples (median)   target: < 50 ms each');
  const publishedDir = join(SHARED, 'examples', 'published');
  const pages = existsSync(publishedDir)
    ? [
        '000_e8dd36e3c531cea8.txt',
        '001_04dc4f47b69b910a.txt',
        '003_a817628b4ef7e32e.txt',
        'shanghai-2019-general-office.html',
      ].map((f) => join(publishedDir, f))
    : [];
  pages.push(join(ROOT, 'examples', 'published', 'baiyun-2023.html'));
  pages.push(join(ROOT, 'test', 'fixtures', 'published', 'songlin-2022-crawled.txt'));
  pages.push(join(ROOT, 'test', 'fixtures', 'published', 'qingshui-2023-converter.md'));
  for (const path of pages) {
    const source = readFileSync(path, 'utf8');
    const run = path.endsWith('.html') ? () => importHtml(source) : () => importText(source);
    row(
      path.split('/').pop()!,
      `${(Buffer.byteLength(source) / 1024).toFixed(0)} KiB`,
      `${time(run, 60).toFixed(2)} ms`,
    );
  }
  console.log('\nimport of crawled text (median)   target: < 20 ms');
  const crawled = {
    'a report crawled into one line': flattenedText(typical),
    'the same with every row run together': flattenedText(typical, { joiner: '', figures: '' }),
  };
  for (const [name, text] of Object.entries(crawled))
    row(
      name,
      `${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`,
      `${time(() => importText(text), 40).toFixed(2)} ms`,
    );
  await benchPdf();
  console.log('\nthroughput of the command-line tool (median of 3 runs, process start included)');
  await benchExport();
  await benchDrafting();
  benchThroughput(1000);
}

void main();
