import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckFileOptions } from './checkFile';

/** A worker thread of `nianbao check`: checks the files it is sent, one batch per message. */
interface Job {
  id: number;
  files: Array<{ path: string; rules: CheckFileOptions['rules'] }>;
}
const options = workerData as Omit<CheckFileOptions, 'rules'>;
parentPort?.on('message', (job: Job) => {
  const results = job.files.map((f) => checkFile(f.path, { ...options, rules: f.rules }));
  parentPort?.postMessage({ id: job.id, results });
});
