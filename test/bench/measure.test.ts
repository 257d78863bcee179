/**
 * The benchmark's throughput phase counts failed requests by kind (an answer's HTTP status and
 * error code, or what failed the request), so a run's errors say what they were.
 */
import { describe, expect, it } from 'vitest';
import { measureThroughput } from '../../bench/measure.js';
import { AnswerError } from '../../bench/runners.js';

describe('measureThroughput', () => {
  it('tallies the errors by kind beside the answers', async () => {
    let n = 0;
    const refused = Object.assign(new Error('fetch failed'), {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    });
    const ask = () => {
      n += 1;
      if (n % 3 === 0) return Promise.reject(new AnswerError('HTTP 504 TIMEOUT', 'slow'));
      if (n % 5 === 0) return Promise.reject(refused);
      return Promise.resolve('ok');
    };
    const t = await measureThroughput(ask, { concurrency: 1, ms: 20 });
    expect(n).toBeGreaterThanOrEqual(15);
    expect(t.requests + t.errors).toBe(n);
    const timeouts = Math.floor(n / 3);
    const refusals = Math.floor(n / 5) - Math.floor(n / 15);
    expect(t.errorKinds).toEqual({
      ...(timeouts > 0 ? { 'HTTP 504 TIMEOUT': timeouts } : {}),
      ...(refusals > 0 ? { ECONNREFUSED: refusals } : {}),
    });
    expect(t.errors).toBe(timeouts + refusals);
  });
});
