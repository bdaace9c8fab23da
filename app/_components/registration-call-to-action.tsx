"use client";

import Link from "next/link";
import type { RouterOutputs } from "~/app/trpc/types";
import { buttonClass } from "./button-styles";
import { cardClass } from "./card";
import { sectionTitleClass, strongLinkClass } from "./text-styles";
import { usePersonal } from "./use-personal";

/** The event page's personal part, asked of the server by the browser (events.viewer), shared by its islands. */
export function useEventViewer(slug: string) {
  return usePersonal<RouterOutputs["events"]["viewer"]>("events.viewer", { slug });
}

/**
 * Register / You're registered / Registration closed, for the event page. The page is the same for
 * everyone (served from the page cache); who is looking is asked by the browser, and until the answer
 * comes the section says only whether registration is open.
 */
export function RegistrationCallToAction({
  slug,
  canRegister,
  closedNotice,
}: {
  slug: string;
  canRegister: boolean;
  /** Why registration is not open, and when it opens (capabilityNotice). */
  closedNotice: string | null;
}) {
  const viewer = useEventViewer(slug).data;
  const status = viewer?.registrationStatus ?? null;
  const registered = status !== null && status !== "WITHDRAWN";
  const signedIn = viewer?.signedIn ?? false;
  const registerHref = signedIn
    ? `/events/${slug}/register`
    : `/signin?callbackUrl=${encodeURIComponent(`/events/${slug}/register`)}`;
  return (
    <section aria-labelledby="registration-heading" className={`space-y-2 ${cardClass}`}>
      <h2 id="registration-heading" className={sectionTitleClass}>
        {registered ? "You're registered" : "Registration"}
      </h2>
      {registered ? (
        <>
          <p>
            {status === "PENDING_CONSENT"
              ? "We're waiting for your parent or guardian to give their consent. You can take part once they have."
              : "Your place is confirmed."}
          </p>
          <p className="flex flex-wrap gap-x-4 gap-y-1">
            <Link href={`/events/${slug}/registration`} className={strongLinkClass}>
              See your registration
            </Link>
            {viewer?.certificatesReady ? (
              <Link href={`/events/${slug}/certificates`} className={strongLinkClass}>
                Your certificates
              </Link>
            ) : null}
          </p>
        </>
      ) : canRegister ? (
        <>
          <p>
            {status === "WITHDRAWN" ? "You withdrew, but you can register again." : "Registration is open."}
          </p>
          {viewer ? (
            <Link href={registerHref} className={buttonClass}>
              {signedIn ? "Register" : "Sign in to register"}
            </Link>
          ) : (
            // Until the browser knows who is looking: a link that works for everyone (the form asks
            // people to sign in first), the same size as the button it becomes.
            <Link href={`/events/${slug}/register`} className={buttonClass}>
              Register
            </Link>
          )}
        </>
      ) : (
        <p>{closedNotice}</p>
      )}
    </section>
  );
}

/** "Manage this event", for the event's organisers and platform admins only. */
export function ManageEventLink({ slug, eventId }: { slug: string; eventId: string }) {
  const viewer = useEventViewer(slug).data;
  if (!viewer?.canManage) return null;
  return (
    <p>
      <Link href={`/manage/events/${eventId}`} className={strongLinkClass}>
        Manage this event
      </Link>
    </p>
  );
}
