import * as vscode from 'vscode';

/** Where the text the figure guard refused is shown (read-only, never checked). */
const REFUSED_SCHEME = 'nianbao-refused';

/** Shows a refused draft, read-only, with why it was refused above it (查看模型草稿). */
export class RefusedView implements vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly provider = vscode.workspace.registerTextDocumentContentProvider(REFUSED_SCHEME, {
    provideTextDocumentContent: (uri) => this.texts.get(uri.toString()) ?? '',
  });
  private count = 0;

  /** Opens the refused text of a heading in a tab of its own. */
  async show(heading: string, why: string, text: string): Promise<void> {
    const uri = vscode.Uri.from({ scheme: REFUSED_SCHEME, path: `/${heading}.md`, query: `${++this.count}` });
    this.texts.set(uri.toString(), `<!-- ${why} -->\n\n${text.trim()}\n`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }

  dispose(): void {
    this.provider.dispose();
  }
}
