// The part of autocannon's API the load test uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";
  interface Result {
    requests: { average: number; total: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  type Instance = EventEmitter & PromiseLike<Result>;
  export default function autocannon(opts: { url: string; connections: number; duration: number; headers?: Record<string, string> }): Instance;
}
