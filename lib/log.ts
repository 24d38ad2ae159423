// Structured logs: with LOG_FORMAT=json every event is one JSON line on stdout (for a log collector);
// otherwise the command-line tools print their own human-readable lines and nothing is logged here.

export type LogFields = Record<string, string | number | boolean | null | undefined>;

export const jsonLogs = (): boolean => process.env.LOG_FORMAT === "json";

/** One JSON line: time, level, msg, then the fields. */
export function formatLogLine(msg: string, fields: LogFields, level: "info" | "warn" | "error" = "info", now = new Date()): string {
  return JSON.stringify({ time: now.toISOString(), level, msg, ...fields });
}

export function logJson(msg: string, fields: LogFields, level: "info" | "warn" | "error" = "info"): void {
  if (jsonLogs()) process.stdout.write(`${formatLogLine(msg, fields, level)}\n`);
}

/**
 * An event an operator must see whatever the log format (a refused editor token, say): one JSON line on
 * stdout with LOG_FORMAT=json, else a plain line on stderr.
 */
export function logEvent(msg: string, fields: LogFields, level: "info" | "warn" | "error" = "warn"): void {
  if (jsonLogs()) process.stdout.write(`${formatLogLine(msg, fields, level)}\n`);
  else console.warn(`${msg}: ${JSON.stringify(fields)}`);
}
