import { internalErrorLine } from './fsErrors';
import { earlyLocale, main } from './main';

/**
 * A reader that went away (`nianbao check … | head`) ends the run quietly, with the status of a
 * process that SIGPIPE stopped (128 + 13), as cat or grep end.
 */
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(141);
    throw e;
  });

/** The `nianbao` executable. */
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const locale = earlyLocale(process.argv.slice(2), process.env);
    const stack = error instanceof Error && error.stack ? `\n${error.stack}` : '';
    process.stderr.write(`nianbao: ${internalErrorLine(error, locale)}${stack}\n`);
    process.exitCode = 2;
  },
);
