// Auth.js v5: email magic links (plus GitHub when configured), database sessions through the Prisma
// adapter, our own pages. The configuration is built per request (NextAuth's lazy form) so the database
// is only opened when a request needs it, never during `next build`.
import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { headers } from "next/headers";
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import GitHub from "next-auth/providers/github";
import Nodemailer from "next-auth/providers/nodemailer";
import { cache } from "react";
import { appBaseUrl } from "../http/app-url.ts";
import type { SessionUser } from "../context.ts";
import { db } from "../db/client.ts";
import { clientIp, trustedProxyHops } from "../http/client-ip.ts";
import { log } from "../log.ts";
import { mailSettings, sendMail } from "../mail/send.ts";
import { signInMail } from "../mail/templates.ts";
import { callbackLocale, confirmationLink, ERROR_PATH } from "./confirm-link.ts";
import { localeOr, type SiteLocale } from "../http/locales.mjs";
import { actingCookieValue, actingUser } from "../guardians/acting.ts";
import { isReservedAddress } from "../guardians/rules.ts";
import { pruneRateLimitWindows } from "../rate-limit/window.ts";
import { consumeSignInAllowance, signInLimits } from "./rate-limit.ts";

declare module "next-auth" {
  interface Session {
    user: SessionUser;
  }
  interface User {
    isPlatformAdmin?: boolean;
  }
}

// Auth.js derives its own URLs (magic links, redirects) from the request, which behind a proxy or in
// `next start` is often "localhost". APP_URL is the address people actually use.
process.env.AUTH_URL ??= appBaseUrl();

export const RATE_LIMITED_PATH = "/signin?error=RateLimited";

function adapter(): Adapter {
  const base = PrismaAdapter(db());
  return {
    ...base,
    // Emails are unique case-insensitively because they are stored lower-case (a CHECK enforces it);
    // OAuth providers may report mixed case.
    createUser: (user) => {
      if (!base.createUser) throw new Error("The Prisma adapter cannot create users");
      return base.createUser({ ...user, email: user.email.toLowerCase() });
    },
  };
}

function providers(): NextAuthConfig["providers"] {
  const settings = mailSettings();
  const list: NextAuthConfig["providers"] = [
    Nodemailer({
      // Auth.js insists on a server even with our own sendVerificationRequest; it is never used
      // directly (see server/mail/send.ts).
      server: settings.smtpUrl ?? "smtp://localhost:25",
      from: settings.from,
      maxAge: 24 * 60 * 60,
      // The email links to our confirmation page, never to the callback that spends the token: see
      // ./confirm-link.ts.
      sendVerificationRequest: async ({ identifier, url, request }) => {
        const locale = await requestedLocale(request, url);
        const link = confirmationLink(url, locale);
        await sendMail(
          db(),
          identifier,
          signInMail({ url: link, host: new URL(link).host, locale }),
          settings,
        );
      },
    }),
  ];
  if (process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET) {
    list.push(GitHub({ clientId: process.env.AUTH_GITHUB_ID, clientSecret: process.env.AUTH_GITHUB_SECRET }));
  }
  return list;
}

/**
 * The language a sign-in link was asked for in: the `locale` our sign-in form sends (Auth.js hands the
 * sign-in options on as the request's JSON body), else the language of the address the link returns to
 * (`callbackUrl` in the magic link `url`), else English.
 */
async function requestedLocale(request: Request, url: string): Promise<SiteLocale> {
  const body: unknown = await request.json().catch(() => null);
  const asked = body && typeof body === "object" && "locale" in body ? body.locale : undefined;
  return localeOr(asked, callbackLocale(new URL(url)));
}

async function requestHeaders(request: Request | undefined): Promise<Headers> {
  return request?.headers ?? new Headers(await headers());
}

export const { handlers, auth, signIn, signOut } = NextAuth((request) => ({
  adapter: adapter(),
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: providers(),
  pages: {
    signIn: "/signin",
    verifyRequest: "/signin/check-email",
    error: ERROR_PATH,
  },
  callbacks: {
    // Called before a magic link is sent: the one place every email sign-in request passes, whether
    // it comes from our form's server action or straight to /api/auth/signin/nodemailer.
    async signIn({ user, email }) {
      // Children's profiles and deleted accounts carry reserved addresses nobody reads: never a link.
      if (user.email && isReservedAddress(user.email)) return false;
      if (!email?.verificationRequest || !user.email) return true;
      const ip = clientIp(await requestHeaders(request), trustedProxyHops());
      const allowed = await consumeSignInAllowance(db(), { email: user.email, ip, limits: signInLimits() });
      // Old windows are dead weight; the index on windowStart keeps this cheap.
      await pruneRateLimitWindows(db());
      if (!allowed) {
        log.warn("sign-in rate limited", { withIp: ip !== null });
        return RATE_LIMITED_PATH;
      }
      return true;
    },
    session({ session, user }) {
      return {
        ...session,
        user: {
          id: user.id,
          email: user.email,
          name: user.name ?? null,
          isPlatformAdmin: user.isPlatformAdmin === true,
        },
      };
    },
  },
  logger: {
    // Auth.js messages can carry addresses or links: log only what kind of error it was.
    error(error) {
      const type = (error as { type?: string }).type ?? error.name;
      // A reused or expired link is the user's problem, not ours.
      if (type === "Verification") log.info("sign-in link rejected", { type });
      else log.error("auth error", { type });
    },
    warn(code) {
      log.warn("auth warning", { code });
    },
    debug() {},
  },
}));

/**
 * The signed-in user for this request, looked up once per request however many times it's asked: the
 * child whose profile they keep while a guardian acts for one (server/guardians/acting.ts).
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  if (!session?.user) return null;
  return actingUser(db(), session.user, actingCookieValue((await headers()).get("cookie")));
});
