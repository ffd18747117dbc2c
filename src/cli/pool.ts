import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkFile, type CheckFileOptions, type FileResult } from './checkFile';

/** Below this many files a single thread is faster than starting workers. */
export const PARALLEL_THRESHOLD = 48;
const BATCH = 16;

/** Checks files, on worker threads when there are enough of them; results keep the input order. */
export async function checkAll(files: Array<{ path: string; rules: CheckFileOptions['rules'] }>, options: Omit<CheckFileOptions, 'rules'>, threads = availableParallelism()): Promise<FileResult[]> {
  const workers = Math.min(threads, Math.ceil(files.length / BATCH), 8);
  if (files.length < PARALLEL_THRESHOLD || workers < 2) {
    const results: FileResult[] = [];
    for (const f of files) results.push(await checkFile(f.path, { ...options, rules: f.rules }));
    return results;
  }
  const results: FileResult[] = new Array<FileResult>(files.length);
  let next = 0;
  const script = join(__dirname, 'worker.js');
  await Promise.all(
    Array.from({ length: workers }, () =>
      new Promise<void>((resolvePool, reject) => {
        const worker = new Worker(script, { workerData: options });
        const send = () => {
          if (next >= files.length) {
            void worker.terminate().then(() => resolvePool());
            return;
          }
          const id = next;
          next = Math.min(files.length, next + BATCH);
          worker.postMessage({ id, files: files.slice(id, next) });
        };
        worker.on('message', (m: { id: number; results: FileResult[] }) => {
          m.results.forEach((r, k) => (results[m.id + k] = r));
          send();
        });
        worker.on('error', reject);
        send();
      }),
    ),
  );
  return results;
}
