// process.exit() ends the process at once, but a piped standard output is written asynchronously: whatever
// is still queued is lost (`npm run ingest -- --dry-run --json DIR | cat` printed 17 records of 43).
// Exit only once both streams have handed everything queued to the operating system.

/** Resolves when everything written to `stream` so far has been flushed (or the stream can take no more). */
export function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) return resolve();
    // Writes complete in order, so an empty write's callback runs after every earlier one's.
    stream.write("", () => resolve());
  });
}

export async function exitWhenFlushed(code: number): Promise<never> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

/** A reader that stops early (`| head`) closes the pipe: that ends the run quietly instead of with a stack trace. */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream, code = 0): void {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(code);
    throw e;
  });
}
