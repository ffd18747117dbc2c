/** The shapes the conversation exchanges with its hosts (the VS Code adapter, tests, a CLI). */

import type { Locale } from '../core/check';
import type { Range } from '../core/model';

/** The commands of @nianbao. */
export type ChatCommand = 'draft' | 'revise' | 'check' | 'explain' | 'compare';
export const CHAT_COMMANDS: readonly ChatCommand[] = ['draft', 'revise', 'check', 'explain', 'compare'];

/** One message of a conversation, as a model reads it. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A model that answers a conversation in free text, streamed (an endpoint, or VS Code's chat model). */
export interface ChatModel {
  /** Shown to the writer: the service and model. */
  readonly label: string;
  /** The answer's whole text; `onText` hears the text so far as it streams in. */
  complete(messages: ChatMessage[], options: { signal?: AbortSignal; onText?(soFar: string): void }): Promise<string>;
}

/** The report as the writer has it open: its text, the cursor and the selection (character offsets). */
export interface ChatDocument {
  text: string;
  cursor: number;
  selection?: { start: number; end: number };
}

/** One request of the writer. */
export interface ChatTurn {
  command?: ChatCommand;
  prompt: string;
  document: ChatDocument;
}

/** A text change the conversation proposes: applied only when the writer accepts it. */
export interface Proposal {
  heading: string;
  /** The replaced range of the document the turn was asked on (0-based), its text then, the new text. */
  range: Range;
  oldText: string;
  newText: string;
  source: 'model' | 'offline';
}

/** Where the answer goes as it is written (a chat view, a terminal, a test). */
export interface ChatOutput {
  /** Appends Markdown to the answer. */
  markdown(text: string): void;
  /** What is being done now (a line the host may show and replace). */
  progress?(text: string): void;
  /** A link to a place in the report (a finding's cell). */
  anchor?(range: Range, title: string): void;
  proposal?(proposal: Proposal): void;
}

/** What the conversation needs from its host besides the turn. */
export interface ChatOptions {
  model?: ChatModel;
  signal?: AbortSignal;
  /** The earlier turns of this conversation (user prompts and the answers given). */
  history?: ChatMessage[];
  /** Reads last year's report named by `previous:` (the host owns the file system). */
  readPrevious?: (ref: string) => string | undefined;
  locale?: Locale;
}

/** The whole answer of a turn. */
export interface ChatResult {
  command?: ChatCommand;
  /** The answer's Markdown as sent to the output. */
  text: string;
  proposals: Proposal[];
  /** Set when the turn ended early (cancelled, timed out, the model failed, a usage problem). */
  error?: { code: string; message: string };
}
