// Progress of a load on the terminal: every file for small runs; for large ones, failures as they
// happen and a line with the rate every two seconds.
import type { FileResult } from "../../lib/load/load";
import { inputName } from "../../lib/load/read-inputs";

export function progressReporter(total: number, opts: { verbose: boolean; out?: (line: string) => void }) {
  const out = opts.out ?? ((line: string) => console.log(line));
  const started = Date.now();
  let lastLine = started;
  let failed = 0;
  return (r: FileResult, index: number) => {
    const done = index + 1;
    if (!r.ok) failed++;
    if (opts.verbose || total <= 50) {
      out(`[${done}/${total}] ${inputName(r.file)}: ${r.ok ? r.status : `failed (${r.error.code}: ${r.error.message})`}`);
      return;
    }
    if (!r.ok) out(`  ✗ ${r.file}: ${r.error.code}: ${r.error.message}`);
    const now = Date.now();
    if (now - lastLine >= 2000 || done === total) {
      lastLine = now;
      const rate = done / Math.max((now - started) / 1000, 0.001);
      const left = (total - done) / rate;
      out(`[${done}/${total}] ${((100 * done) / total).toFixed(0)}% · ${rate.toFixed(0)} files/s · ${failed} failed · about ${left.toFixed(0)} s left`);
    }
  };
}
