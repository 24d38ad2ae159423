// The production server's guards against hostile clients, with no reverse proxy in front (TRUST_PROXY
// unset): a client that sends a different X-Forwarded-For on every request is still limited, on the
// search API, the timeline API and the HTML search page alike; guessing the editors' token is limited
// (a slower budget for failures) and every failure is logged; a server action posted from another
// origin is refused with a 403 and an Arabic message, never a 500.
//
// Each test connects from its own loopback address (127.0.0.N, all of which reach 127.0.0.1 on Linux),
// so that each has budgets of its own: without a trusted proxy the socket's address is the client.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { missingSecurityHeaders, startAppServer, type AppServer } from "../helpers/app-server";

const EDITOR_TOKEN = "request-guards-editor-token";
const API_LIMIT = 5;
let app: AppServer;

beforeAll(async () => {
  app = await startAppServer("guards", { EDITOR_TOKEN, RATE_LIMIT_API: String(API_LIMIT), RATE_LIMIT_EDITOR: "20" });
}, 240_000);
afterAll(async () => app?.stop());

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

/** A request from `from` (a loopback address of this machine), with the body and headers given. */
function send(from: string, method: string, path: string, headers: Record<string, string> = {}, body?: Buffer): Promise<Answer> {
  const { hostname, port } = new URL(app.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path, method, localAddress: from, headers: { "accept-encoding": "identity", ...headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (c: string) => (text += c));
      res.on("end", () => {
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(", ") : v);
        resolve({ status: res.statusCode ?? 0, headers: h, body: text });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

const rotating = (i: number) => ({ "x-forwarded-for": `203.0.113.${(i % 250) + 1}` });

describe("rate limits without a trusted proxy", () => {
  for (const [n, path] of [
    [2, (i: number) => `/api/search?q=${encodeURIComponent(`كيري ${i}`)}`],
    [3, () => "/api/timeline"],
  ] as const) {
    it(`limits ${path(0).split("?")[0]} though every request names another X-Forwarded-For`, async () => {
      const statuses: number[] = [];
      for (let i = 0; i < API_LIMIT + 5; i++) {
        const res = await send(`127.0.0.${n}`, "GET", path(i), rotating(i));
        statuses.push(res.status);
        if (res.status === 429) {
          expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
          expect(JSON.parse(res.body)).toMatchObject({ error: { code: "RATE_LIMITED" } });
        }
      }
      expect(statuses.slice(0, API_LIMIT).every((s) => s === 200)).toBe(true);
      expect(statuses.slice(API_LIMIT)).toEqual(Array(5).fill(429));
    });
  }

  it("limits the HTML search page with the same budget, in Arabic with every security header", async () => {
    const statuses: number[] = [];
    let refused: Answer | undefined;
    for (let i = 0; i < API_LIMIT + 3; i++) {
      // Each a different query: a repeated one would be answered from the page cache without a search.
      const res = await send("127.0.0.4", "GET", `/search?q=${encodeURIComponent(`لافروف ${i}`)}`, rotating(i));
      statuses.push(res.status);
      refused ??= res.status === 429 ? res : undefined;
    }
    expect(statuses.slice(0, API_LIMIT).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(API_LIMIT)).toEqual([429, 429, 429]);
    expect(refused!.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(refused!.headers.get("content-type")).toContain("text/html");
    expect(refused!.body).toContain('lang="ar"');
    expect(refused!.body).toContain("طلبات كثيرة");
    expect(missingSecurityHeaders(refused!.headers)).toEqual([]);
    // A search-free page load is not counted against it.
    expect((await send("127.0.0.4", "GET", "/search")).status).toBe(200);
  }, 120_000);
});

/** The upload form's hidden fields, as a browser without JavaScript posts them. */
async function uploadForm(token: string): Promise<{ body: Buffer; type: string }> {
  const html = (await send("127.0.0.1", "GET", "/editor/upload")).body;
  const form = html.slice(html.indexOf('encType="multipart/form-data"'));
  const fields = [...form.slice(0, 3000).matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map(
    (m) => [m[1]!, (m[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&")] as const,
  );
  expect(fields.some(([k]) => k.startsWith("$ACTION"))).toBe(true);
  const data = new FormData();
  for (const [k, v] of fields) data.append(k, v);
  data.append("token", token);
  data.append("files", new Blob(["نص تجريبي لا يكفي ليكون مقالا."], { type: "text/plain" }), "probe.txt");
  const req = new Request("http://x/", { method: "POST", body: data });
  return { body: Buffer.from(await req.arrayBuffer()), type: req.headers.get("content-type")! };
}

const WRONG = "رمز المحرر غير صحيح";
const LIMITED = "طلبات كثيرة";

describe("guessing the editors' token", () => {
  it("limits 30 wrong tokens in a row from one address whatever X-Forwarded-For says, and logs each failure", async () => {
    const { body, type } = await uploadForm("not-the-editor-token");
    const answers: string[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await send("127.0.0.5", "POST", "/editor/upload", { ...rotating(i), "content-type": type, origin: app.url }, body);
      expect(res.status).toBe(200);
      answers.push(res.body.includes(LIMITED) ? "limited" : res.body.includes(WRONG) ? "wrong" : "other");
    }
    const firstLimited = answers.indexOf("limited");
    expect(answers).not.toContain("other");
    // The failures' own budget is spent well before the editors' request budget (20).
    expect(firstLimited).toBeGreaterThan(0);
    expect(firstLimited).toBeLessThanOrEqual(10);
    expect(answers.slice(firstLimited).every((a) => a === "limited")).toBe(true);

    // Once limited, even the right token is refused: guessing cannot go on.
    const right = await uploadForm(EDITOR_TOKEN);
    const res = await send("127.0.0.5", "POST", "/editor/upload", { "content-type": right.type, origin: app.url }, right.body);
    expect(res.body).toContain(LIMITED);

    await new Promise((r) => setTimeout(r, 300));
    const failures = app.logLines().filter((l) => l.msg === "editor token refused");
    expect(failures.length).toBe(answers.filter((a) => a === "wrong").length);
    expect(failures[0]).toMatchObject({ level: "warn", address: "127.0.0.5", action: "upload" });
    expect(JSON.stringify(failures)).not.toContain("not-the-editor-token");
  });

  it("still takes the right token from another address", async () => {
    const { body, type } = await uploadForm(EDITOR_TOKEN);
    const res = await send("127.0.0.6", "POST", "/editor/upload", { "content-type": type, origin: app.url }, body);
    expect(res.status).toBe(200);
    expect(res.body).not.toContain(WRONG);
    expect(res.body).not.toContain(LIMITED);
  });
});

describe("server actions posted from another origin", () => {
  for (const origin of ["http://evil.example", "null"]) {
    it(`refuses Origin: ${origin} with a 403 and an Arabic message, for a form post and a fetch action`, async () => {
      const { body, type } = await uploadForm(EDITOR_TOKEN);
      const actionId = /"id":"([0-9a-f]+)"/.exec(body.toString("latin1"))![1]!;
      for (const headers of <Array<Record<string, string>>>[
        { "content-type": type, origin },
        { "content-type": type, origin, "next-action": actionId, accept: "text/x-component" },
      ]) {
        const res = await send("127.0.0.7", "POST", "/editor/upload", headers, body);
        expect(res.status).toBe(403);
        expect(res.body).toContain("مصدر آخر");
        expect(missingSecurityHeaders(res.headers)).toEqual([]);
      }
    });
  }

  it("accepts the same post from the app's own origin", async () => {
    const { body, type } = await uploadForm(EDITOR_TOKEN);
    const res = await send("127.0.0.8", "POST", "/editor/upload", { "content-type": type, origin: app.url }, body);
    expect(res.status).toBe(200);
  });
});
