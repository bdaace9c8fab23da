// Structured JSON logs, one object per line on stdout/stderr. Never pass email addresses, sign-in
// links or tokens: log ids instead.
const levels = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof levels;

function threshold(): number {
  const configured = process.env.LOG_LEVEL;
  return configured && configured in levels ? levels[configured as Level] : levels.info;
}

function errorFields(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    return { error: { name: error.name, message: error.message, stack: error.stack } };
  }
  return error === undefined ? {} : { error: JSON.stringify(error) };
}

function write(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  if (levels[level] < threshold()) return;
  const { error, ...rest } = fields;
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    msg,
    ...rest,
    ...errorFields(error),
  });
  if (level === "error" || level === "warn") process.stderr.write(line + "\n");
  else process.stdout.write(line + "\n");
}

export const log = {
  debug: (msg: string, fields?: Record<string, unknown>) => write("debug", msg, fields),
  info: (msg: string, fields?: Record<string, unknown>) => write("info", msg, fields),
  warn: (msg: string, fields?: Record<string, unknown>) => write("warn", msg, fields),
  error: (msg: string, fields?: Record<string, unknown>) => write("error", msg, fields),
};
