/** The answer as it is written: sent to the host's output and kept whole for the history and the result. */

import type { Range } from '../core/model';
import type { ChatOutput, Proposal } from './types';

/** Writes to a host's output and records the answer's text and proposals. */
export class Writer {
  text = '';
  readonly proposals: Proposal[] = [];

  constructor(private readonly out: ChatOutput) {}

  markdown(text: string): void {
    this.text += text;
    this.out.markdown(text);
  }

  /** A link to a place of the report; the text records its title. */
  anchor(range: Range, title: string): void {
    this.text += title;
    if (this.out.anchor) this.out.anchor(range, title);
    else this.out.markdown(title);
  }

  progress(text: string): void {
    this.out.progress?.(text);
  }

  proposal(p: Proposal): void {
    this.proposals.push(p);
    this.out.proposal?.(p);
  }

  /** Streams a model's text: each call gets the whole text so far, the output only what is new. */
  streamer(): (soFar: string) => void {
    let sent = 0;
    return (soFar) => {
      if (soFar.length <= sent) return;
      this.markdown(soFar.slice(sent));
      sent = soFar.length;
    };
  }
}
