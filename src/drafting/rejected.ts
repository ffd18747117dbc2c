import { NianbaoError } from '../core/errors';

/** One figure of a draft that has no source, as written, and why (for the writer, in both languages). */
export interface UnsourcedFigure {
  /** The figure as the draft writes it, with its measure word (培训3次, ９９件, 六成). */
  written: string;
  zh: string;
  en: string;
}

/** What to do about a refused draft: retry the model or draft offline; offline, mend the notes. */
const ADVICE = {
  zh: (offline: boolean) => (offline ? '请核对要点和表格。' : '请核对要点和表格后重试，或改用离线起草。'),
  en: (offline: boolean) =>
    offline ? 'Check the notes and tables.' : 'Check the notes and tables and try again, or draft offline.',
};

/**
 * A draft the figure guard refused: `draft` is the refused text as it would have been inserted (for
 * the review to show), `figures` the figures without a source. Nothing of it is applied.
 */
export class DraftRejectedError extends NianbaoError {
  constructor(
    readonly heading: string,
    readonly draft: string,
    readonly figures: readonly UnsourcedFigure[],
    offline = false,
  ) {
    const zh = figures.map((f) => `「${f.written}」${f.zh}`).join('；');
    const en = figures.map((f) => `“${f.written}” ${f.en}`).join('; ');
    super('rejected', `「${heading}」的草稿未采用：其中的数字找不到依据——${zh}。${ADVICE.zh(offline)}`, {
      en: `The draft for “${heading}” was not used: figures without a source — ${en}. ${ADVICE.en(offline)}`,
    });
    this.name = 'DraftRejectedError';
  }
}

/**
 * A draft that would make its section 内容雷同 with last year's by NB505's measure: `draft` is the
 * refused text, `percent` how much of the section would be the same. Nothing of it is applied.
 */
export class DraftCopiedError extends NianbaoError {
  constructor(
    readonly heading: string,
    readonly draft: string,
    readonly percent: number,
    offline = false,
  ) {
    super(
      'rejected',
      `「${heading}」的草稿未采用：采用后本部分的叙述与上年报告${percent}%相同（内容雷同）。` +
        (offline ? '请按本年的要点重写要点后重试。' : '请按本年的要点重新组织语言后重试，或改用离线起草。'),
      {
        en:
          `The draft for “${heading}” was not used: with it, the section’s narrative would ` +
          `be ${percent}% the same as last year’s (copied). ` +
          (offline
            ? 'Write this year’s notes afresh and try again.'
            : 'Reword it from this year’s notes and try again, or draft offline.'),
      },
    );
    this.name = 'DraftCopiedError';
  }
}
