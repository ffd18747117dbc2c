import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { NianbaoError } from '../core/errors';
import { formatBytes, LIMITS } from '../core/limits';

/**
 * The error for a Word file whose parts unpack to more than the limit (a zip bomb, or not a report):
 * with the size its directory declares, or without one when the inflating stream was stopped.
 */
function unpacksTooLarge(declared: number | undefined, limit: number): NianbaoError {
  const [zh, en] =
    declared === undefined
      ? ['解压后超过', 'unpacks to more than']
      : [`解压后为 ${formatBytes(declared)}，超过`, `unpacks to ${formatBytes(declared, 'en')}, over`];
  return new NianbaoError(
    'input',
    `Word 文件${zh}上限 ${formatBytes(limit)}，未读入（年报的 Word 文件解压后只有几 MB）`,
    {
      en:
        `The Word file ${en} the limit of ${formatBytes(limit, 'en')}; not read (a ` +
        `report's Word file unpacks to a few MB)`,
    },
  );
}

/** The error for data that is not a zip archive at all (so not a Word file). */
function notAZip(e: unknown): NianbaoError {
  const reason = e instanceof Error ? e.message : String(e);
  return new NianbaoError('input', `无法读取 Word 文件：不是 zip 格式（${reason}）`, {
    cause: e,
    en: `The Word file cannot be read: not a zip archive (${reason})`,
  });
}

/** The sizes the archive's central directory declares for its parts, added up, read without inflating anything. */
function declaredSize(data: Uint8Array): number {
  let total = 0;
  try {
    unzipSync(data, {
      filter: (file) => {
        total += file.originalSize;
        return false;
      },
    });
  } catch (e) {
    throw notAZip(e);
  }
  return total;
}

/**
 * Inflates the parts as a stream, counting what comes out, and stops at the limit: a part whose
 * header understates its size cannot unpack past it (what comes out is dropped as it comes).
 */
function streamedSizeWithin(data: Uint8Array, limit: number): void {
  let total = 0;
  const unzip = new Unzip((file) => {
    file.ondata = (err, chunk) => {
      if (err) throw err instanceof NianbaoError ? err : notAZip(err); // ours comes back once through fflate
      total += chunk.length;
      if (total > limit) {
        file.terminate();
        throw unpacksTooLarge(undefined, limit);
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.push(data, true);
}

/**
 * Refuses a Word file that would unpack to more than `limit` (LIMITS.docxUnpackedBytes), before it is handed to
 * the Word reader: first by the sizes its directory declares (nothing inflated), then by inflating
 * it as a stream with a cap, since a hostile file can declare less than it holds.
 */
export function checkUnpackedSize(data: Uint8Array, limit: number = LIMITS.docxUnpackedBytes): void {
  const declared = declaredSize(data);
  if (declared > limit) throw unpacksTooLarge(declared, limit);
  streamedSizeWithin(data, limit);
}
