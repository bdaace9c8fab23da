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
    /** Where uploaded files are kept on local disk. */
    STORAGE_DIR: z.string().min(1).default(".data/uploads"),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
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
      if (Boolean(value.AUTH_GITHUB_ID) !== Boolean(value.AUTH_GITHUB_SECRET)) {
        ctx.addIssue({
          code: "custom",
          path: ["AUTH_GITHUB_SECRET"],
          message: "AUTH_GITHUB_ID and AUTH_GITHUB_SECRET must be set together",
        });
      }
    }),
});
