/** Reads the figures out of wrk's --latency report (wrk 4.x). */

export interface WrkResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  /** Milliseconds. */
  latency: { avg: number; max: number; p50: number; p75: number; p90: number; p99: number };
  transferPerSecond: string;
  /** Responses other than 2xx/3xx, and socket errors: both should be 0. */
  non2xx3xx: number;
  socketErrors: number;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

/** "730.00us", "1.38ms", "2.01s" → milliseconds. */
export function durationMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match) throw new Error(`wrk: unreadable duration "${text}"`);
  // Rounded to wrk's own precision (a microsecond), not to floating-point noise.
  return Math.round(Number(match[1]) * UNIT_MS[match[2]!]! * 1000) / 1000;
}

function find(report: string, pattern: RegExp, what: string): RegExpExecArray {
  const match = pattern.exec(report);
  if (!match) throw new Error(`wrk: no ${what} in the report:\n${report}`);
  return match;
}

export function parseWrk(report: string): WrkResult {
  const latency = find(report, /^\s*Latency\s+(\S+)\s+\S+\s+(\S+)/m, 'latency line');
  const percentile = (p: number) => durationMs(find(report, new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm'), `${p}% line`)[1]!);
  const total = find(report, /^\s*(\d+) requests in ([\d.]+)(us|ms|s|m)/m, 'request count');
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(report);
  return {
    requests: Number(total[1]),
    seconds: durationMs(`${total[2]}${total[3]}`) / 1000,
    requestsPerSecond: Number(find(report, /^Requests\/sec:\s+([\d.]+)/m, 'Requests/sec')[1]),
    latency: { avg: durationMs(latency[1]!), max: durationMs(latency[2]!), p50: percentile(50), p75: percentile(75), p90: percentile(90), p99: percentile(99) },
    transferPerSecond: find(report, /^Transfer\/sec:\s+(\S+)/m, 'Transfer/sec')[1]!,
    non2xx3xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(report)?.[1] ?? 0),
    socketErrors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}
