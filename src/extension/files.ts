import * as vscode from 'vscode';

/** Whether a file exists. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Writes a file atomically: a temporary file beside it, then renamed over the target. */
export async function writeAtomic(target: vscode.Uri, data: Uint8Array): Promise<void> {
  const temp = target.with({ path: `${target.path}.${Date.now()}.tmp` });
  await vscode.workspace.fs.writeFile(temp, data);
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw e;
  }
}
