// The origin a client used to reach us, for absolute links (feeds). Next.js fills request.url from its
// own listening address, so the Host header (or a proxy's X-Forwarded-* headers) is the better witness;
// a header that is not a plain host[:port] is ignored rather than echoed into links.
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const first = (name: string) => request.headers.get(name)?.split(",")[0]?.trim();
  const host = first("x-forwarded-host") ?? first("host");
  const proto = first("x-forwarded-proto");
  const scheme = proto === "http" || proto === "https" ? proto : url.protocol.replace(":", "");
  return host && HOST.test(host) ? `${scheme}://${host}` : url.origin;
}
