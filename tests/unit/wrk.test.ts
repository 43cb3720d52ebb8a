import { describe, expect, it } from 'vitest';
import { durationMs, parseWrk } from '../../scripts/lib/wrk.ts';

const REPORT = `Running 2s test @ http://127.0.0.1:36269/services/free-prepregnancy-checkup/
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     3.99ms   13.41ms 106.64ms   94.85%
    Req/Sec    17.84k     6.61k   29.18k    62.50%
  Latency Distribution
     50%  730.00us
     75%    1.38ms
     90%    3.99ms
     99%   81.82ms
  72411 requests in 2.09s, 0.95GB read
Requests/sec:  34715.54
Transfer/sec:    465.46MB
`;

describe('parseWrk', () => {
  it('reads requests/s, latency percentiles in ms, and no errors', () => {
    expect(parseWrk(REPORT)).toEqual({
      requests: 72411,
      seconds: 2.09,
      requestsPerSecond: 34715.54,
      latency: { avg: 3.99, max: 106.64, p50: 0.73, p75: 1.38, p90: 3.99, p99: 81.82 },
      transferPerSecond: '465.46MB',
      non2xx3xx: 0,
      socketErrors: 0,
    });
  });
  it('counts failed responses and socket errors', () => {
    const failing = REPORT.replace('Requests/sec', '  Socket errors: connect 0, read 3, write 0, timeout 2\n  Non-2xx or 3xx responses: 17\nRequests/sec');
    expect(parseWrk(failing)).toMatchObject({ non2xx3xx: 17, socketErrors: 5 });
  });
  it('refuses a report without figures', () => {
    expect(() => parseWrk('unable to connect to 127.0.0.1:1 Connection refused')).toThrow(/no latency line/);
  });
});

describe('durationMs', () => {
  it('converts wrk’s units', () => {
    expect(durationMs('730.00us')).toBeCloseTo(0.73);
    expect(durationMs('2.01s')).toBe(2010);
    expect(() => durationMs('fast')).toThrow();
  });
});
