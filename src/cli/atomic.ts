import { randomBytes } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  chownSync,
  closeSync,
  constants,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type BigIntStats,
  type Stats,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { NianbaoError } from '../core';
import { fsFailure } from './fsErrors';
import { followLinks, notAFile, sameFile } from './fsutil';

/**
 * A file as a command found it before its work, to tell at write time whether it changed meanwhile:
 * absent, its bytes as read (compared by content), or its inode, size and modification time.
 */
export type Snapshot = { path: string } & (
  { absent: true } | { bytes: Uint8Array } | { ino: bigint; size: bigint; mtimeNs: bigint }
);

function statOf(path: string, bigint: true): BigIntStats | undefined;
function statOf(path: string, bigint?: false): Stats | undefined;
function statOf(path: string, bigint = false): Stats | BigIntStats | undefined {
  try {
    return statSync(path, { bigint });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw fsFailure(e, path, 'write');
  }
}

/** The state of a file now (absent, or its inode, size and modification time). */
export function snapshotOf(path: string): Snapshot {
  const s = statOf(followLinks(path), true);
  return s ? { path, ino: s.ino, size: s.size, mtimeNs: s.mtimeNs } : { path, absent: true };
}

/** Whether a file is no longer as the snapshot found it (created, removed, edited or replaced). */
export function changedSince(snap: Snapshot): boolean {
  const target = followLinks(snap.path);
  const now = statOf(target, true);
  if ('absent' in snap || !now) return 'absent' in snap !== !now;
  if ('bytes' in snap) return now.size !== BigInt(snap.bytes.length) || !readFileSync(target).equals(snap.bytes);
  return now.ino !== snap.ino || now.size !== snap.size || now.mtimeNs !== snap.mtimeNs;
}

const refuse = (zh: string, en: string) => new NianbaoError('output', zh, { en });

/** Refuses to replace what must not be replaced: a folder, a device, a hard-linked or a read-only file. */
function assertReplaceable(path: string, target: string, s: Stats): void {
  if (s.isDirectory()) throw notAFile(path, 'folder');
  if (!s.isFile()) throw notAFile(path, 'special');
  if (s.nlink > 1)
    throw refuse(
      `${path}：该文件有 ${s.nlink} 个硬链接，改名写入会把它与其他链接拆开，就地改写又可能在中途失败时留下半个文件，故未写入` +
        `（如只需改这一个，请先复制成独立文件：cp ${path} 副本 && mv 副本 ${path}）`,
      `${path}: the file has ${s.nlink} hard links; writing it by rename would split them, and writing in place ` +
        `could leave half a file if it failed midway, so it was not written (to change only this name, make it ` +
        `a file of its own first: cp ${path} copy && mv copy ${path})`,
    );
  const mode = (s.mode & 0o777).toString(8).padStart(4, '0');
  if ((s.mode & 0o222) === 0)
    throw refuse(
      `${path}：这是只读文件（权限 ${mode}），未写入；如确需修改，请先取消只读（chmod u+w ${path}）`,
      `${path}: a read-only file (mode ${mode}); not written. To change it, make it writable first (chmod u+w ${path})`,
    );
  try {
    accessSync(target, constants.W_OK);
  } catch (e) {
    throw fsFailure(e, path, 'write');
  }
}

/** The refusal when the file changed while the command ran. */
function changedError(path: string): NianbaoError {
  return refuse(
    `${path} 在本次运行期间被修改过，为保留那次修改，未写入；请重新运行`,
    `${path} changed while nianbao ran; not written, so that the change is kept. Run again`,
  );
}

/** Writes the temporary file completely and to disk, with the mode (and owner) of the file it replaces. */
function writeTemp(tmp: string, data: Uint8Array, existing: Stats | undefined): void {
  const fd = openSync(tmp, 'wx', existing ? existing.mode & 0o777 : 0o666);
  try {
    for (let done = 0; done < data.length;) done += writeSync(fd, data, done, data.length - done);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (!existing) return;
  chmodSync(tmp, existing.mode & 0o7777); // the mode given to open passed through the umask
  if (process.getuid?.() === 0 && (existing.uid !== 0 || existing.gid !== 0))
    chownSync(tmp, existing.uid, existing.gid);
}

/**
 * Writes a file atomically (a temporary file beside it, then a rename, so a reader never sees half a
 * file) and keeps what the file was: a symbolic link stays a link (its target is written), the mode and
 * owner stay. A folder, a device, a hard-linked or a read-only file is refused, and so is a file that
 * changed since `expected` was taken. Every failure is a one-line NianbaoError naming the file.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, expected?: Snapshot): void {
  const data = typeof content === 'string' ? Buffer.from(content) : content;
  const target = followLinks(path);
  const existing = statOf(target);
  if (existing) assertReplaceable(path, target, existing);
  const tmp = join(dirname(target), `.nianbao-${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeTemp(tmp, data, existing);
    if (expected && changedSince(expected)) throw changedError(path);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw fsFailure(e, path, 'write');
  }
}

/**
 * Checks an output file named with -o before any work: never one of the inputs (after following links),
 * never a folder or a device, an existing file only with --force. Returns its state, for writeFileAtomic
 * to refuse the write if it changes meanwhile.
 */
export function prepareOutput(output: string, force: boolean, inputs: readonly string[]): Snapshot {
  for (const input of inputs)
    if (sameFile(output, input))
      throw new NianbaoError(
        'usage',
        `输出文件 ${output} 就是输入文件 ${input}（同一个文件），未写入，以免覆盖原文件；请用 -o 指定另一个文件`,
        {
          en:
            `The output ${output} is the input ${input} (the same file); not written, so ` +
            `that the source is kept. Name another file with -o`,
        },
      );
  const target = followLinks(output);
  const existing = statOf(target);
  if (existing?.isDirectory()) throw notAFile(output, 'folder');
  if (existing && !existing.isFile()) throw notAFile(output, 'special');
  if (existing && !force)
    throw new NianbaoError('usage', `${output} 已存在；如需覆盖请加 --force`, {
      en: `${output} exists; add --force to replace it`,
    });
  return snapshotOf(output);
}
