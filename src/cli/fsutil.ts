import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatBytes, NianbaoError, sizeLimit, tooLarge } from '../core';
import { fsFailure, isSystemError } from './fsErrors';

/** The refusal for a path that is not a regular file (a folder, a device, a pipe, a socket). */
export function notAFile(path: string, kind: 'folder' | 'special'): NianbaoError {
  return kind === 'folder'
    ? new NianbaoError('input', `${path}：这是文件夹，不是文件`, { en: `${path}: a folder, not a file` })
    : new NianbaoError('input', `${path}：不是普通文件（设备、管道或套接字），未读写`, {
        en: `${path}: not a regular file (a device, a pipe or a socket); not read or written`,
      });
}

/**
 * A file's bytes, read safely: only a regular file (a folder, /dev/zero, a FIFO or /dev/stdin is refused
 * at once, never read or waited on) of at most `limit` bytes (LIMITS in core/limits.ts, by its name).
 * Every failure is a one-line NianbaoError('input') naming the file (`name` in messages).
 */
export function readInput(path: string, limit = sizeLimit(path), name = path): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer (a regular file reads the same with it).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    // ENXIO: a socket opened by name (/dev/stdin when stdin is a socket), which is not a file either.
    if (isSystemError(e) && e.code === 'ENXIO') throw notAFile(name, 'special');
    throw fsFailure(e, name, 'read');
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw notAFile(name, 'folder');
    if (!stat.isFile()) throw notAFile(name, 'special');
    if (stat.size > limit) throw tooLarge(name, stat.size, limit);
    // Read what is there, one byte more than the limit at most (a file may grow while it is read).
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(limit + 1 - total, Math.max(stat.size - total + 1, 4096), 1 << 20));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) throw tooLarge(name, total, limit);
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    throw fsFailure(e, name, 'read');
  } finally {
    closeSync(fd);
  }
}

/** The size limit of a file, for messages: `10 MB`. */
export function limitText(path: string, locale: 'zh-cn' | 'en' = 'zh-cn'): string {
  return formatBytes(sizeLimit(path), locale);
}

/**
 * The file a path names once its symbolic links are followed (a link to a link too; a dangling link
 * names the file it would create). Writes go there, so that the link stays a link.
 */
export function followLinks(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let isLink: boolean;
    try {
      isLink = lstatSync(current).isSymbolicLink();
    } catch {
      return current;
    }
    if (!isLink) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw new NianbaoError('input', `${path}：符号链接循环或过长，未读写`, {
    en: `${path}: a loop of symbolic links, or too long a chain; not read or written`,
  });
}

/** Whether two paths name the same file: the same after following links, or the same device and inode. */
export function sameFile(a: string, b: string): boolean {
  if (followLinks(a) === followLinks(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
