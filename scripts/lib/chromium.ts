// The browser for end-to-end tests comes from npm (@sparticuz/chromium), so a fresh machine needs no download.
// CHROMIUM_PATH overrides it (e.g. /usr/bin/chromium from Debian).
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const { default: chromium } = await import("@sparticuz/chromium");
  return chromium.executablePath();
}
