import { describe, expect, it } from 'vitest';
import { AnswerCache, stableJson } from '../../src/app/answer-cache.js';

describe('AnswerCache', () => {
  it('keeps an answer under its question and inputs, whatever the key order', async () => {
    const cache = new AnswerCache();
    let computed = 0;
    const ask = (args: unknown) => cache.answer('q', args, async () => ++computed);
    expect(await ask({ a: 1, b: [2, 3] })).toBe(1);
    expect(await ask({ b: [2, 3], a: 1 })).toBe(1);
    expect(await ask({ a: 1, b: [3, 2] })).toBe(2);
    expect(await cache.answer('other', { a: 1, b: [2, 3] }, async () => ++computed)).toBe(3);
    expect(cache.stats()).toMatchObject({ entries: 3, hits: 1, misses: 3 });
  });

  it('does not keep an answer computed while the graph changed', async () => {
    const cache = new AnswerCache();
    let release!: () => void;
    const slow = cache.answer('q', {}, async () => {
      await new Promise<void>((r) => (release = r));
      return 'old graph';
    });
    await Promise.resolve();
    cache.invalidate();
    release();
    expect(await slow).toBe('old graph'); // told to the caller that asked before the change
    expect(await cache.answer('q', {}, async () => 'new graph')).toBe('new graph');
  });

  it('keeps no failure: the next ask computes again', async () => {
    const cache = new AnswerCache();
    await expect(
      cache.answer('q', {}, () => Promise.reject(new Error('deadline'))),
    ).rejects.toThrow('deadline');
    expect(await cache.answer('q', {}, async () => 'answer')).toBe('answer');
  });

  it('leaves out an answer bigger than an eighth of its room', async () => {
    const cache = new AnswerCache({ maxKiB: 8 });
    const big = 'x'.repeat(2 * 1024);
    await cache.answer('big', {}, async () => big);
    await cache.answer('small', {}, async () => 'x');
    expect(cache.stats().entries).toBe(1);
  });

  it('keeps nothing while paused, and nothing from before the pause once resumed', async () => {
    const cache = new AnswerCache();
    await cache.answer('q', {}, async () => 1);
    cache.pause();
    expect(await cache.answer('q', {}, async () => 2)).toBe(2);
    expect(await cache.answer('q', {}, async () => 3)).toBe(3);
    cache.resume();
    expect(await cache.answer('q', {}, async () => 4)).toBe(4);
    expect(await cache.answer('q', {}, async () => 5)).toBe(4);
  });
});

describe('stableJson', () => {
  it('sorts object keys at every depth, keeps array order', () => {
    expect(stableJson({ b: { d: 1, c: 2 }, a: [2, 1] })).toBe('{"a":[2,1],"b":{"c":2,"d":1}}');
  });
});
