import { readFileSync } from 'node:fs';

/** This process's peak resident set in MiB: VmHWM from /proc/self/status, or maxRSS where there is no /proc. */
export function peakRssMb(): number {
  try {
    const kb = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // No /proc (macOS, Windows): the same figure from the runtime.
  }
  return process.resourceUsage().maxRSS / 1024;
}
