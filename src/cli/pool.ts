import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { checkFile, type CheckFileOptions, type FileResult } from './checkFile';

/** Below this many files starting a worker costs more than it saves. */
export const PARALLEL_THRESHOLD = 48;
const BATCH = 16;

type Job = { path: string; rules: CheckFileOptions['rules'] };

/**
 * Threads to use: NIANBAO_THREADS if set (1 = no workers). Otherwise all cores from four up; on two
 * cores one thread, because there (measured on this project's 2-vCPU machines) a worker does not pay:
 * two independent processes reach only 1.1× one, and a worker adds start-up and message costs.
 */
function defaultThreads(): number {
  const n = Number(process.env.NIANBAO_THREADS);
  if (Number.isInteger(n) && n > 0) return n;
  const cores = availableParallelism();
  return cores >= 4 ? cores : 1;
}

/**
 * Checks files; with many files, worker threads take batches from a shared queue while the main
 * thread works through the same queue, so parallelism never makes a run slower than one thread by
 * more than a worker's start-up. Results keep the input order.
 */
export async function checkAll(
  files: Job[],
  options: Omit<CheckFileOptions, 'rules'>,
  threads = defaultThreads(),
): Promise<FileResult[]> {
  const results = new Array<FileResult>(files.length);
  let next = 0;
  const take = (): [number, Job[]] | undefined => {
    if (next >= files.length) return undefined;
    const start = next;
    next = Math.min(files.length, next + BATCH);
    return [start, files.slice(start, next)];
  };
  const workers = files.length < PARALLEL_THRESHOLD ? 0 : Math.min(threads - 1, Math.ceil(files.length / BATCH) - 1, 7);
  const script = join(__dirname, 'worker.js');
  const helpers = Array.from(
    { length: Math.max(0, workers) },
    () =>
      new Promise<void>((resolvePool, reject) => {
        const worker = new Worker(script, { workerData: options });
        const send = () => {
          const job = take();
          if (!job) {
            void worker.terminate().then(() => resolvePool());
            return;
          }
          worker.postMessage({ id: job[0], files: job[1] });
        };
        worker.on('message', (m: { id: number; results: FileResult[] }) => {
          m.results.forEach((r, k) => (results[m.id + k] = r));
          send();
        });
        worker.on('error', reject);
        send();
      }),
  );
  // The main thread's share: a batch at a time, yielding so that the workers' messages are served.
  for (let job = take(); job; job = take()) {
    const [start, batch] = job;
    for (let k = 0; k < batch.length; k++)
      results[start + k] = await checkFile(batch[k].path, { ...options, rules: batch[k].rules });
    if (workers > 0) await yieldToEvents();
  }
  await Promise.all(helpers);
  return results;
}
