// The environment, validated when the app is built (next.config.mjs imports this file) and when it
// starts. A bad value fails `next build` with a message naming the variable.
// Plain JavaScript (checked by TypeScript) because next.config.mjs is loaded by Node without a compiler.
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

const positiveInt = (fallback) => z.coerce.number().int().positive().default(fallback);

export const env = createEnv({
  server: {
    /** production marks a real deployment: no dev outbox, no /dev pages, SMTP required. */
    APP_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** postgres:// URL; unset means the embedded PGlite database served from .data/. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** Connections per app instance (the embedded database is served through one). */
    DATABASE_POOL_MAX: positiveInt(10),
    /** Megabytes of cached public pages per instance (server/cache/page-cache-handler.mjs). */
    PAGE_CACHE_MB: positiveInt(64),
    /** "off": instances do not tell each other through PostgreSQL that cached pages changed. */
    PAGE_CACHE_SYNC: z.enum(["on", "off"]).optional(),
    /** "off": send email inside the request instead of through the job queue (server/mail/queue.ts). */
    MAIL_QUEUE: z.enum(["on", "off"]).optional(),
    /** The public address of the app, used in links in emails; unset means http://localhost:<PORT>. */
    APP_URL: z.url().optional(),
    /** The port `next start` / `next dev` serve on. */
    PORT: z.coerce.number().int().min(1).max(65_535).optional(),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
    AUTH_GITHUB_ID: z.string().min(1).optional(),
    AUTH_GITHUB_SECRET: z.string().min(1).optional(),
    /** smtp(s)://user:pass@host:port — required when APP_ENV=production. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
      .optional(),
    EMAIL_FROM: z.string().min(3).default("Festival of Code <noreply@localhost>"),
    /** Number of trusted proxies in front of the app ("true" = 1); the client IP comes from X-Forwarded-For only then. */
    TRUST_PROXY: z
      .string()
      .regex(/^(true|false|\d+)$/, "must be true, false or a number of proxies")
      .optional(),
    SIGNIN_LIMIT_PER_EMAIL: positiveInt(5),
    SIGNIN_LIMIT_PER_IP: positiveInt(30),
    SIGNIN_LIMIT_WINDOW_MINUTES: positiveInt(15),
    /** Where uploaded files are kept on local disk (when S3_BUCKET is unset). */
    STORAGE_DIR: z.string().min(1).default(".data/uploads"),
    /** An existing S3 bucket for uploaded files; set, it replaces STORAGE_DIR (server/storage/s3-store.ts). */
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    /** Base URL of an S3-compatible service (MinIO, Ceph, R2, …); unset means AWS S3. */
    S3_ENDPOINT: z.url().optional(),
    /** Static credentials (both or neither); neither means the AWS SDK's default chain (AWS_*, instance role). */
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** "1"/"true": <endpoint>/<bucket>/<key> addresses, as MinIO and most self-hosted stores need. */
    S3_FORCE_PATH_STYLE: z.enum(["1", "true", "0", "false"]).optional(),
    /** Put in front of every object key, e.g. "festival/"; the pattern is the one in s3-store.ts. */
    S3_PREFIX: z
      .string()
      .regex(
        /^[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*\/?$/,
        "must be segments of letters, digits, '.', '_' and '-' separated by '/'",
      )
      .optional(),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    /** "1"/"true": webhooks may go to http:// and private or loopback addresses (tests; refused in production). */
    WEBHOOKS_ALLOW_LOCAL: z.enum(["1", "true", "0", "false"]).optional(),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
  createFinalSchema: (shape) =>
    z.object(shape).superRefine((value, ctx) => {
      if (value.APP_ENV === "production" && !value.SMTP_URL) {
        ctx.addIssue({
          code: "custom",
          path: ["SMTP_URL"],
          message: "is required when APP_ENV=production (sign-in links are sent by email)",
        });
      }
      if (value.APP_ENV === "production" && !value.APP_URL) {
        ctx.addIssue({
          code: "custom",
          path: ["APP_URL"],
          message: "is required when APP_ENV=production (links in emails must reach the public address)",
        });
      }
      if (
        value.APP_ENV === "production" &&
        (value.WEBHOOKS_ALLOW_LOCAL === "1" || value.WEBHOOKS_ALLOW_LOCAL === "true")
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["WEBHOOKS_ALLOW_LOCAL"],
          message: "must not be set when APP_ENV=production (webhooks could reach the server's own network)",
        });
      }
      if (Boolean(value.S3_ACCESS_KEY_ID) !== Boolean(value.S3_SECRET_ACCESS_KEY)) {
        ctx.addIssue({
          code: "custom",
          path: ["S3_SECRET_ACCESS_KEY"],
          message: "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together",
        });
      }
      // Without S3_BUCKET the other S3 settings are ignored and uploads go to local disk: most likely a typo.
      for (const name of /** @type {const} */ ([
        "S3_ENDPOINT",
        "S3_ACCESS_KEY_ID",
        "S3_SECRET_ACCESS_KEY",
        "S3_PREFIX",
      ])) {
        if (value[name] && !value.S3_BUCKET) {
          ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: `is required when ${name} is set` });
        }
      }
      if (Boolean(value.AUTH_GITHUB_ID) !== Boolean(value.AUTH_GITHUB_SECRET)) {
        ctx.addIssue({
          code: "custom",
          path: ["AUTH_GITHUB_SECRET"],
          message: "AUTH_GITHUB_ID and AUTH_GITHUB_SECRET must be set together",
        });
      }
    }),
});
