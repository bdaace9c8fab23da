import Link from "next/link";
import { serverCaller } from "~/app/trpc/server";
import { currentUser } from "~/server/auth";
import { cardClass } from "./card";
import { sectionTitleClass, strongLinkClass } from "./text-styles";
import { buttonClass } from "./button-styles";

/** Register / You're registered / Registration closed, for the event page. */
export async function RegistrationCallToAction({
  eventId,
  slug,
  canRegister,
  closedNotice,
}: {
  eventId: string;
  slug: string;
  canRegister: boolean;
  /** Why registration is not open, and when it opens (capabilityNotice). */
  closedNotice: string | null;
}) {
  const user = await currentUser();
  const mine = user ? await (await serverCaller()).registrations.mine({ eventId }) : null;
  const registered = mine && mine.status !== "WITHDRAWN";
  return (
    <section aria-labelledby="registration-heading" className={`space-y-2 ${cardClass}`}>
      <h2 id="registration-heading" className={sectionTitleClass}>
        {registered ? "You're registered" : "Registration"}
      </h2>
      {registered ? (
        <>
          <p>
            {mine.status === "PENDING_CONSENT"
              ? "We're waiting for your parent or guardian to give their consent. You can take part once they have."
              : "Your place is confirmed."}
          </p>
          <Link href={`/events/${slug}/registration`} className={strongLinkClass}>
            See your registration
          </Link>
        </>
      ) : canRegister ? (
        <>
          <p>
            {mine?.status === "WITHDRAWN"
              ? "You withdrew, but you can register again."
              : "Registration is open."}
          </p>
          <Link
            href={
              user
                ? `/events/${slug}/register`
                : `/signin?callbackUrl=${encodeURIComponent(`/events/${slug}/register`)}`
            }
            className={buttonClass}
          >
            {user ? "Register" : "Sign in to register"}
          </Link>
        </>
      ) : (
        <p>{closedNotice}</p>
      )}
    </section>
  );
}
