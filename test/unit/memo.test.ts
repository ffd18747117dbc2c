import * as assert from 'node:assert/strict';
import { Memo } from '../../src/core/memo';

/** The core's bounded memo: computes once per key (undefined included), starts afresh when full. */
suite('Memo', () => {
  const counting = () => {
    const calls: string[] = [];
    const of = (key: string, value: string | undefined) => () => {
      calls.push(key);
      return value;
    };
    return { calls, of };
  };

  test('a key is computed once, an undefined result too', () => {
    const memo = new Memo<string, string | undefined>(10);
    const { calls, of } = counting();
    assert.equal(memo.get('a', of('a', 'A')), 'A');
    assert.equal(memo.get('a', of('a', 'other')), 'A');
    assert.equal(memo.get('u', of('u', undefined)), undefined);
    assert.equal(memo.get('u', of('u', 'late')), undefined);
    assert.deepEqual(calls, ['a', 'u']);
  });

  test('at its limit it forgets everything and keeps the new result', () => {
    const memo = new Memo<string, string>(2);
    const { calls, of } = counting();
    memo.get('a', of('a', 'A') as () => string);
    memo.get('b', of('b', 'B') as () => string);
    memo.get('b', of('b', 'B') as () => string);
    memo.get('c', of('c', 'C') as () => string); // full: a and b forgotten
    memo.get('c', of('c', 'C') as () => string);
    memo.get('a', of('a', 'A') as () => string);
    assert.deepEqual(calls, ['a', 'b', 'c', 'a']);
  });

  test('clearAll forgets the results of every memo', () => {
    const one = new Memo<string, string>(10);
    const two = new Memo<string, string>(10);
    const { calls, of } = counting();
    one.get('x', of('one', '1') as () => string);
    two.get('x', of('two', '2') as () => string);
    Memo.clearAll();
    one.get('x', of('one', '1') as () => string);
    two.get('x', of('two', '2') as () => string);
    assert.deepEqual(calls, ['one', 'two', 'one', 'two']);
  });
});
