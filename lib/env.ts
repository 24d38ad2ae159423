// The environment, parsed and checked once. Nothing else reads process.env for app settings.
import { z } from "zod";
import { once } from "./cache";

const schema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: start the app with `npm start`, which provides it." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string"),
  /** Connections per app process; small by default because PostgreSQL connections are costly. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Editors' shared secret for uploads and corrections; unset means editing is switched off. */
  EDITOR_TOKEN: z.string().min(16, "EDITOR_TOKEN must be at least 16 characters").optional(),
  /** How many reverse proxies in front append to X-Forwarded-For (lib/web/rate-limit.ts); unset: none. */
  TRUST_PROXY: z.union([z.literal("true"), z.coerce.number().int().min(0).max(10)]).optional(),
  /** Requests per client per minute for the read APIs and for editors' writes (lib/web/rate-limit.ts). */
  RATE_LIMIT_API: z.coerce.number().int().min(1).optional(),
  RATE_LIMIT_EDITOR: z.coerce.number().int().min(1).optional(),
});

export type Env = z.infer<typeof schema>;

export const env: () => Env = once(() => {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  return parsed.data;
});
