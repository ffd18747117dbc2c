import { dirname } from 'node:path';
import { NianbaoError } from '../core';

/** What the CLI was doing when the file system said no. */
export type FsAction = 'read' | 'write' | 'list';

const DOING: Record<FsAction, [string, string]> = {
  read: ['无法读取', 'cannot read'],
  write: ['无法写入', 'cannot write'],
  list: ['无法列出文件夹', 'cannot list the folder'],
};

/** The reason of a system error code, in Chinese and English (undefined for codes we do not name). */
function reason(code: string, path: string, action: FsAction): [string, string] | undefined {
  switch (code) {
    case 'ENOENT':
      // A file is written under a new name: what is missing then is its folder.
      return action === 'write'
        ? [`所在文件夹 ${dirname(path)} 不存在`, `its folder ${dirname(path)} does not exist`]
        : ['文件不存在', 'no such file'];
    case 'ENOTDIR':
      return ['路径中有一段不是文件夹', 'a part of the path is not a folder'];
    case 'EISDIR':
      return ['这是文件夹，不是文件', 'it is a folder, not a file'];
    case 'EACCES':
    case 'EPERM':
      return ['没有权限', 'permission denied'];
    case 'ENAMETOOLONG':
      return ['文件名或路径过长', 'the file name or path is too long'];
    case 'ENOSPC':
    case 'EDQUOT':
      return ['磁盘空间不足', 'no space left on the disk'];
    case 'EROFS':
      return ['所在磁盘只读', 'the disk is read-only'];
    case 'EMFILE':
    case 'ENFILE':
      return ['同时打开的文件过多', 'too many open files'];
    case 'ELOOP':
      return ['符号链接循环', 'a loop of symbolic links'];
    case 'EBUSY':
    case 'ETXTBSY':
      return ['文件正被占用', 'the file is busy'];
    case 'EIO':
      return ['读写出错（磁盘或网络盘故障）', 'an input/output error (disk or network drive)'];
    case 'EXDEV':
      return ['临时文件与目标不在同一磁盘', 'the temporary file and the target are on different disks'];
    default:
      return undefined;
  }
}

/** Whether a thrown value is a Node system error (it has an errno code such as ENOENT). */
export function isSystemError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return (
    e instanceof Error &&
    typeof (e as NodeJS.ErrnoException).code === 'string' &&
    /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code!)
  );
}

/**
 * A file-system failure as one line naming the file, what was being done and why, in both languages; a
 * value that is not a system error (a bug) is returned unchanged so that it is reported as one.
 */
export function fsFailure(e: unknown, path: string, action: FsAction): unknown {
  if (e instanceof NianbaoError || !isSystemError(e)) return e;
  const [zhDoing, enDoing] = DOING[action];
  const [zh, en] = reason(e.code, path, action) ?? [e.message, e.message];
  return new NianbaoError('input', `${zhDoing} ${path}：${zh}（${e.code}）`, {
    cause: e,
    en: `${enDoing} ${path}: ${en} (${e.code})`,
  });
}

/** The message of an expected failure in the chosen language. */
export function messageOf(e: NianbaoError, locale: 'zh-cn' | 'en'): string {
  return locale === 'en' && e.en ? e.en : e.message;
}

/** The line for a bug (anything but an expected failure): said to be one, so that nobody blames the file. */
export function internalErrorLine(e: unknown, locale: 'zh-cn' | 'en', path?: string): string {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const where = path ? `${path}: ` : '';
  return locale === 'en'
    ? `internal error (a bug in nianbao, not a fault of the file; please report it): ${where}${what}`
    : `内部错误（这是 nianbao 的缺陷，不是文件的问题，请报告）：${where}${what}`;
}
