// The web server runs in its own process group, so a SIGKILLed `npm start` leaves it serving (and holding
// the port). Its pid is recorded in the data folder, with the process's start time so that a pid the
// system has since given to another process is never signalled; the next start stops what is left.
import fs from "node:fs";

/** The process's start time in clock ticks since boot (/proc/<pid>/stat field 22), or null. */
function startTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[0] === "Z" ? null : (fields[19] ?? null); // a zombie is already gone
  } catch {
    return null;
  }
}

export function recordServer(file: string, pid: number): void {
  fs.writeFileSync(file, `${pid}\n${startTime(pid) ?? ""}\n`);
}

export function forgetServer(file: string): void {
  fs.rmSync(file, { force: true });
}

/** Stops the process group of a server recorded in `file` if that very process still runs. */
export async function stopStaleServer(file: string, log: (line: string) => void): Promise<boolean> {
  if (!fs.existsSync(file)) return false;
  const [pidText, started] = fs.readFileSync(file, "utf8").split("\n");
  const pid = Number.parseInt(pidText ?? "", 10);
  forgetServer(file);
  if (!Number.isInteger(pid) || pid <= 1 || !started || startTime(pid) !== started) return false;
  log(`Stopping a web server left running by an earlier start (pid ${pid})`);
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-pid, s);
    } catch {
      try {
        process.kill(pid, s);
      } catch {}
    }
  };
  signal("SIGTERM");
  for (let i = 0; i < 50 && startTime(pid) === started; i++) await new Promise((r) => setTimeout(r, 100));
  if (startTime(pid) === started) signal("SIGKILL");
  for (let i = 0; i < 20 && startTime(pid) === started; i++) await new Promise((r) => setTimeout(r, 100));
  return true;
}
