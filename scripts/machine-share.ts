// What the machine gave a benchmark: the load before it, and the share of CPU time the host (the hypervisor of a
// virtual machine) took for others while it ran ("steal"). A benchmark's wall times stretch with both; a figure
// measured while a quarter of the CPU was stolen says little of the code.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

interface CpuTicks {
  readonly total: number;
  readonly steal: number;
}

/** The machine's CPU ticks so far, all cores together (Linux /proc/stat; zero elsewhere). */
function cpuTicks(): CpuTicks {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest ticks are counted in user already)
    return { total: fields.slice(0, 8).reduce((sum, n) => sum + n, 0), steal: fields[7] ?? 0 };
  } catch {
    return { total: 0, steal: 0 };
  }
}

/** Starts watching; the returned function says how the machine was while it watched, in one line. */
export function watchMachine(): () => string {
  const load = loadavg()[0] ?? 0;
  const start = cpuTicks();
  return () => {
    const end = cpuTicks();
    const total = end.total - start.total;
    const stolen = total > 0 ? (100 * (end.steal - start.steal)) / total : 0;
    return `load ${load.toFixed(1)} before, on ${cpus().length} cores; CPU taken by the host (steal) ${stolen.toFixed(0)}%`;
  };
}
