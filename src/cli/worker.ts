import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckFileOptions } from './checkFile';

/** A worker thread of `nianbao check`: checks the files it is sent, one batch per message. */
interface Job {
  id: number;
  files: Array<{ path: string; rules: CheckFileOptions['rules'] }>;
}
const options = workerData as Omit<CheckFileOptions, 'rules'>;
parentPort?.on('message', async (job: Job) => {
  const results = [];
  for (const f of job.files) results.push(await checkFile(f.path, { ...options, rules: f.rules }));
  parentPort?.postMessage({ id: job.id, results });
});
