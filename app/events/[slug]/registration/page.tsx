import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { loadEvent } from "../load-event";
import { EXPERIENCE_LABELS, SKILL_LABELS } from "~/server/registrations/schema";
import { capabilityNotice } from "~/server/events/rules";
import { formatInZone } from "~/server/time/zoned";
import { RegistrationActions } from "./registration-actions";

export const metadata: Metadata = { title: "Your registration" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ registered?: string; updated?: string }>;
};

const statusText = {
  PENDING_CONSENT: "Waiting for your parent or guardian's consent",
  CONFIRMED: "Confirmed",
  WITHDRAWN: "Withdrawn",
} as const;

export default async function RegistrationPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { registered, updated } = await searchParams;
  await requireUser(`/events/${slug}/registration`);
  const caller = await serverCaller();
  const event = await loadEvent(slug);
  const mine = await caller.registrations.mine({ eventId: event.id });
  const registrationNotice = capabilityNotice("canRegister", event.state.windows.canRegister, event.timeZone);
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/events/${slug}`} className="text-brand-700 underline">
            {event.name}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Your registration</h1>
      </header>
      {!mine ? (
        <p>
          You haven&apos;t registered for this event.{" "}
          {event.state.capabilities.canRegister ? (
            <Link href={`/events/${slug}/register`} className="font-medium text-brand-700 underline">
              Register now
            </Link>
          ) : (
            registrationNotice
          )}
        </p>
      ) : (
        <>
          {registered ? (
            <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
              {mine.status === "PENDING_CONSENT"
                ? "You're registered. We've emailed your parent or guardian."
                : "You're registered. See you there!"}
            </p>
          ) : null}
          {updated ? (
            <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
              Your answers are saved.
            </p>
          ) : null}
          <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">Status</dt>
            <dd data-testid="registration-status">{statusText[mine.status]}</dd>
            {mine.centre ? (
              <>
                <dt className="font-medium">Centre</dt>
                <dd>
                  {mine.centre.name}
                  {mine.centre.addressLine || mine.centre.postcodeDistrict ? (
                    <span className="block text-sm text-slate-700">
                      {[mine.centre.addressLine, mine.centre.postcodeDistrict].filter(Boolean).join(", ")}
                    </span>
                  ) : null}
                  {mine.centre.openingTimes ? (
                    <span className="block text-sm text-slate-700">Open: {mine.centre.openingTimes}</span>
                  ) : null}
                </dd>
              </>
            ) : null}
            <dt className="font-medium">Experience</dt>
            <dd>{EXPERIENCE_LABELS[mine.experience]}</dd>
            <dt className="font-medium">Skills</dt>
            <dd>{[...mine.skills.map((s) => SKILL_LABELS[s]), ...mine.tags].join(", ") || "None given"}</dd>
            <dt className="font-medium">Date of birth</dt>
            <dd>
              {mine.dateOfBirth} <span className="text-slate-600">(only you can see this)</span>
            </dd>
            <dt className="font-medium">Code of conduct</dt>
            <dd>
              Accepted version {mine.codeOfConductVersion} on{" "}
              {formatInZone(mine.codeOfConductAt, event.timeZone)}
            </dd>
          </dl>
          {mine.status !== "WITHDRAWN" && event.state.capabilities.canRegister ? (
            <p>
              <Link
                href={`/events/${slug}/registration/edit`}
                className="font-medium text-brand-700 underline"
              >
                Change your centre, experience or skills
              </Link>
            </p>
          ) : mine.status !== "WITHDRAWN" ? (
            <p className="text-slate-700">
              Your centre, experience and skills can only change while registration is open.{" "}
              {registrationNotice}
            </p>
          ) : null}
          {mine.status === "PENDING_CONSENT" ? (
            <section aria-labelledby="consent-heading" className="space-y-2">
              <h2 id="consent-heading" className="text-xl font-semibold">
                Consent from your parent or guardian
              </h2>
              {mine.consent.status === "WITHDRAWN" ? (
                <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
                  Your parent or guardian withdrew their consent. Until they consent again you can&apos;t join
                  or change a team or take part. If that was a mistake, talk to them and send a new link
                  below.
                </p>
              ) : null}
              <p>
                Because you&apos;re under 18 when the event starts, your parent or guardian needs to say yes
                before you can join a team or take part. We emailed them a link
                {mine.guardianEmail ? ` at ${mine.guardianEmail}` : ""}
                {mine.consent.lastSentAt
                  ? ` on ${formatInZone(mine.consent.lastSentAt, event.timeZone)}`
                  : ""}
                .
                {mine.consent.status === "EXPIRED"
                  ? " That link has expired: send a new one below."
                  : " Ask them to check their inbox (and spam folder)."}
              </p>
            </section>
          ) : null}
          {mine.status !== "WITHDRAWN" ? (
            <RegistrationActions
              eventId={event.id}
              pendingConsent={mine.status === "PENDING_CONSENT"}
              guardianEmail={mine.guardianEmail ?? ""}
            />
          ) : event.state.capabilities.canRegister ? (
            <p>
              You withdrew.{" "}
              <Link href={`/events/${slug}/register`} className="font-medium text-brand-700 underline">
                Register again
              </Link>
            </p>
          ) : (
            <p>You withdrew from this event. {registrationNotice}</p>
          )}
        </>
      )}
    </div>
  );
}
