"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import type { RouterOutputs } from "~/app/trpc/types";
import { rowButtonClass, rowPrimaryButtonClass } from "./button-styles";
import { usePersonal } from "./use-personal";

const navLinkClass = "font-medium text-slate-700 underline-offset-4 hover:text-brand-700 hover:underline";

/** The header's words (the "Nav" messages of server/i18n/messages). */
export type NavLabels = Record<
  | "events"
  | "clubs"
  | "manage"
  | "organisations"
  | "judging"
  | "outbox"
  | "signIn"
  | "signOut"
  | "signingOut",
  string
>;

/**
 * The header's links and account: Manage, Organisations and Judging only for people who have something
 * there, the signed-in person's name (or address) with Sign out, or Sign in. Asked of the server by the
 * browser (users.header) after the page arrives, and again on every navigation, so the page itself is
 * the same for everyone and can be served from the page cache. Until the answer comes the account
 * slot keeps its place empty; without JavaScript it offers Sign in.
 */
export function SiteNav({
  showOutbox,
  labels,
  homeHref,
  signInHref,
}: {
  showOutbox: boolean;
  /** The words in the page's language (the "Nav" messages). */
  labels: NavLabels;
  /** The home page in the page's language ("/cy" for Welsh). */
  homeHref: string;
  /** The sign-in page in the page's language ("/cy/signin"). */
  signInHref: string;
}) {
  // Asked again on every navigation, which may follow something that changed it (a role given).
  const header = usePersonal<RouterOutputs["users"]["header"]>("users.header", undefined, usePathname());
  const me = header.data;
  const links: [href: string, label: string, shown: boolean | undefined][] = [
    [homeHref, labels.events, true],
    ["/directory", labels.clubs, true],
    ["/manage", labels.manage, me?.nav.manage],
    ["/organisations", labels.organisations, me?.nav.organisations],
    ["/judging", labels.judging, me?.nav.judges],
    ["/dev/outbox", labels.outbox, showOutbox],
  ];
  const signIn = (
    <Link href={signInHref} className={rowPrimaryButtonClass}>
      {labels.signIn}
    </Link>
  );
  return (
    <ul className="flex flex-col items-start gap-3 border-t border-slate-200 pt-3 text-sm sm:flex-row sm:flex-wrap sm:items-center sm:gap-4 sm:border-0 sm:pt-0">
      {links.map(([href, label, shown]) =>
        shown ? (
          <li key={href}>
            <Link href={href} className={navLinkClass}>
              {label}
            </Link>
          </li>
        ) : null,
      )}
      <li className="min-h-8 max-w-full min-w-20">
        {me ? (
          <SignOut shownAs={me.name ?? me.email} labels={labels} homeHref={homeHref} />
        ) : me === null || header.failed ? (
          signIn
        ) : (
          <noscript>{signIn}</noscript>
        )}
      </li>
    </ul>
  );
}

/**
 * The signed-in person's name (a link to their account) and Sign out: a plain form posting to
 * /api/sign-out, which answers with the home page in the page's language (`homeHref`), loaded afresh
 * (nothing of the session stays in the page's memory). The button is disabled once pressed.
 */
function SignOut({ shownAs, labels, homeHref }: { shownAs: string; labels: NavLabels; homeHref: string }) {
  const [pending, setPending] = useState(false);
  return (
    <form
      method="post"
      action="/api/sign-out"
      className="flex flex-wrap items-center gap-3"
      onSubmit={(e) => {
        if (pending) e.preventDefault();
        setPending(true);
      }}
    >
      <input type="hidden" name="home" value={homeHref} />
      <Link href="/account" className="break-all text-slate-700 underline-offset-4 hover:underline">
        {shownAs}
      </Link>
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending || undefined}
        className={`${rowButtonClass} whitespace-nowrap`}
      >
        {pending ? labels.signingOut : labels.signOut}
      </button>
    </form>
  );
}

/**
 * While a guardian acts for a child whose profile they keep, a band under the header on every page (not
 * inside the phone's folded menu: they must always see it): whom for, and a way back to their own
 * account (a plain form posting to /api/acting, which comes back to this page). Nothing otherwise.
 * `labels` are the "Acting" messages of the page's language, as written (`actingFor` names `{name}`).
 */
export function ActingBanner({ labels }: { labels: { actingFor: string; switchBack: string } }) {
  const path = usePathname();
  const header = usePersonal<RouterOutputs["users"]["header"]>("users.header", undefined, path);
  const actingFor = header.data?.actingFor;
  if (!actingFor) return null;
  // The child's name in bold where the sentence names them, in any language's word order.
  const [before, after = ""] = labels.actingFor.split("{name}");
  return (
    <div className="border-b border-sky-300 bg-sky-50 text-sky-950 print:hidden">
      <form
        method="post"
        action="/api/acting"
        className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm"
      >
        <p>
          {before}
          <strong>{actingFor.name}</strong>
          {after}
        </p>
        <input type="hidden" name="next" value={path} />
        <button type="submit" className={`${rowButtonClass} whitespace-nowrap`}>
          {labels.switchBack}
        </button>
      </form>
    </div>
  );
}
