"use client";

import Link from "next/link";
import type { RouterOutputs } from "~/app/trpc/types";
import { buttonClass } from "./button-styles";
import { cardClass } from "./card";
import { sectionTitleClass, strongLinkClass } from "./text-styles";
import { usePersonal } from "./use-personal";
import { signInPathFor } from "~/server/auth/confirm-link";
import { addressIn, type SiteLocale } from "~/server/http/locales.mjs";

/** The event page's personal part, asked of the server by the browser (events.viewer), shared by its islands. */
export function useEventViewer(slug: string) {
  return usePersonal<RouterOutputs["events"]["viewer"]>("events.viewer", { slug });
}

/** What the registration island says, in the page's language (the "Registration" messages, read by the page). */
export interface RegistrationLabels {
  title: string;
  registered: string;
  pendingConsent: string;
  confirmed: string;
  seeRegistration: string;
  certificates: string;
  withdrawn: string;
  open: string;
  register: string;
  signInToRegister: string;
  manage: string;
}

/**
 * Register / You're registered / Registration closed, for the event page. The page is the same for
 * everyone (served from the page cache); who is looking is asked by the browser, and until the answer
 * comes the section says only whether registration is open. The words come from the page as `labels`, so
 * no message catalogue is sent to the browser.
 */
export function RegistrationCallToAction({
  slug,
  canRegister,
  closedNotice,
  labels,
  locale,
}: {
  slug: string;
  /** The page's language: the register and registration pages it links to are in it too. */
  locale: SiteLocale;
  canRegister: boolean;
  /** Why registration is not open, and when it opens (capabilityNotice). */
  closedNotice: string | null;
  labels: RegistrationLabels;
}) {
  const viewer = useEventViewer(slug).data;
  const status = viewer?.registrationStatus ?? null;
  const registered = status !== null && status !== "WITHDRAWN";
  const signedIn = viewer?.signedIn ?? false;
  const registerAddress = addressIn(locale, `/events/${slug}/register`);
  const registerHref = signedIn ? registerAddress : signInPathFor(registerAddress);
  return (
    <section aria-labelledby="registration-heading" className={`space-y-2 ${cardClass}`}>
      <h2 id="registration-heading" className={sectionTitleClass}>
        {registered ? labels.registered : labels.title}
      </h2>
      {registered ? (
        <>
          <p>{status === "PENDING_CONSENT" ? labels.pendingConsent : labels.confirmed}</p>
          <p className="flex flex-wrap gap-x-4 gap-y-1">
            <Link href={addressIn(locale, `/events/${slug}/registration`)} className={strongLinkClass}>
              {labels.seeRegistration}
            </Link>
            {viewer?.certificatesReady ? (
              <Link href={`/events/${slug}/certificates`} className={strongLinkClass}>
                {labels.certificates}
              </Link>
            ) : null}
          </p>
        </>
      ) : canRegister ? (
        <>
          <p>{status === "WITHDRAWN" ? labels.withdrawn : labels.open}</p>
          {viewer ? (
            <Link href={registerHref} className={buttonClass}>
              {signedIn ? labels.register : labels.signInToRegister}
            </Link>
          ) : (
            // Until the browser knows who is looking: a link that works for everyone (the form asks
            // people to sign in first), the same size as the button it becomes.
            <Link href={registerAddress} className={buttonClass}>
              {labels.register}
            </Link>
          )}
        </>
      ) : (
        <p>{closedNotice}</p>
      )}
    </section>
  );
}

/** "Manage this event" (`label`, in the page's language), for the event's organisers and platform admins only. */
export function ManageEventLink({ slug, eventId, label }: { slug: string; eventId: string; label: string }) {
  const viewer = useEventViewer(slug).data;
  if (!viewer?.canManage) return null;
  return (
    <p>
      <Link href={`/manage/events/${eventId}`} className={strongLinkClass}>
        {label}
      </Link>
    </p>
  );
}
