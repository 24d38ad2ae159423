// A server error is held until a fresh check says whether the database is away: then a 503 replaces it,
// else it goes out as it was. Anything else passes straight through, also under another wrapper (Next.js's
// compression wraps the same methods above us) and through Node's own implicit headers.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { holdServerErrors } from "./hold-server-errors.mjs";

type Render = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** A server whose responses are held, a render standing in for Next.js, and a database that is `down` or not. */
async function serve(render: Render, down: boolean) {
  const probes = { count: 0 };
  const server = http.createServer((req, res) => {
    holdServerErrors(
      res,
      async () => (probes.count++, down),
      (send) => send(503, { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5" }, "غير متاحة"),
    );
    render(req, res);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, probes };
}

/** What a compression layer does: wraps write/end above us and rewrites the body (here: gzip). */
function compressAbove(res: http.ServerResponse): void {
  const gzip = zlib.createGzip();
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  gzip.on("data", (c: Buffer) => write(c));
  gzip.on("end", () => end());
  res.write = ((chunk: string) => gzip.write(chunk)) as typeof res.write;
  res.end = ((chunk?: string) => {
    res.setHeader("Content-Encoding", "gzip");
    if (chunk) gzip.write(chunk);
    gzip.end();
    return res;
  }) as typeof res.end;
}

describe("holdServerErrors", () => {
  it("answers a 500 with the 503 while the database is away", async () => {
    const { url, probes } = await serve((_, res) => {
      res.statusCode = 500;
      res.setHeader("X-From-Render", "1");
      res.write("Internal ");
      res.end("Server Error");
    }, true);
    const res = await fetch(url);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(res.headers.get("x-from-render")).toBeNull();
    expect(await res.text()).toBe("غير متاحة");
    expect(probes.count).toBe(1);
  });

  it("sends a 500 as it was when the database answers", async () => {
    const { url } = await serve((_, res) => {
      res.writeHead(500, { "Content-Type": "text/html", "X-From-Render": "1" });
      res.end("<p>error page</p>");
    }, false);
    const res = await fetch(url);
    expect(res.status).toBe(500);
    expect(res.headers.get("x-from-render")).toBe("1");
    expect(await res.text()).toBe("<p>error page</p>");
  });

  it("lets a 200 through untouched, with no check, under a compressing wrapper", async () => {
    const { url, probes } = await serve((_, res) => {
      compressAbove(res);
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.write("سطر أول\n");
      res.end("سطر ثان");
    }, true);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("سطر أول\nسطر ثان");
    expect(probes.count).toBe(0);
  });

  it("replays a compressed 500 byte for byte when the database answers", async () => {
    const { url } = await serve((_, res) => {
      compressAbove(res);
      res.statusCode = 502;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end("bad gateway body");
    }, false);
    const res = await fetch(url);
    expect(res.status).toBe(502);
    expect(await res.text()).toBe("bad gateway body");
  });

  it("replaces a compressed 500 with the 503, uncompressed", async () => {
    const { url } = await serve((_, res) => {
      compressAbove(res);
      res.statusCode = 500;
      res.end("failed render");
    }, true);
    const res = await fetch(url);
    expect(res.status).toBe(503);
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(await res.text()).toBe("غير متاحة");
  });

  it("never holds a 503 or a 4xx", async () => {
    for (const status of [503, 404, 429]) {
      const { url, probes } = await serve((_, res) => res.writeHead(status).end("x"), true);
      expect((await fetch(url)).status).toBe(status);
      expect(probes.count).toBe(0);
    }
  });
});
