import { Memo } from '../src/core/memo';

/**
 * Root hooks of the mutation runs (.mocharc.mutate*.json): the core's memos are emptied before each test,
 * since a result remembered under one mutant (or none) would otherwise be served under the next, and a
 * mutant in memoised code would look as if no test noticed it.
 */
export const mochaHooks = {
  beforeEach(): void {
    Memo.clearAll();
  },
};
