import type { Metadata } from "next";
import Link from "next/link";
import { OneTimeNotice } from "~/app/_components/one-time-notice";
import { requireUser } from "~/app/_components/guards";
import { flag, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { serverCaller } from "~/app/trpc/server";
import { loadEvent } from "../load-event";
import { EXPERIENCE_LABELS, SKILL_LABELS } from "~/server/registrations/labels";
import { capabilityNotice } from "~/server/events/notices";
import type { ConsentStatus } from "~/server/registrations/rules";
import { formatInZone } from "~/server/time/zoned";
import { dayLabel } from "~/server/mentoring/rules";
import { checkInUrl, qrSvg } from "~/server/checkin/qr";
import { RegistrationActions } from "./registration-actions";
import { SensitiveForm } from "~/app/_components/sensitive-form";
import { cardTitleClass, sectionTitleClass, strongLinkClass } from "~/app/_components/text-styles";
import { StarterList } from "~/app/_components/starter-list";
import { cardClass } from "~/app/_components/card";
import { PageHeader } from "~/app/_components/page-header";

export const metadata: Metadata = { title: "Your registration" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

const statusText = {
  PENDING_CONSENT: "Waiting for your parent or guardian's consent",
  CONFIRMED: "Confirmed",
  WITHDRAWN: "Withdrawn",
} as const;

const missingText = {
  NAME: "We don't have your name yet, so your team, the organisers and your parent or guardian can't tell who you are.",
  NICKNAME:
    "You don't have a nickname yet. You're under 18, so other participants see your nickname instead of your name.",
} as const;

export default async function RegistrationPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { registered, updated } = parseSearchParams(
    { registered: flag(), updated: flag() },
    await searchParams,
  );
  await requireUser(`/events/${slug}/registration`);
  const caller = await serverCaller();
  const event = await loadEvent(slug);
  const [mine, centres] = await Promise.all([
    caller.registrations.mine({ eventId: event.id }),
    caller.centres.listPublic({ slug }),
  ]);
  const sensitive =
    mine && mine.status !== "WITHDRAWN" ? await caller.sensitive.mine({ eventId: event.id }) : null;
  const starters =
    mine && mine.status !== "WITHDRAWN" ? await caller.starters.list({ eventId: event.id }) : [];
  const groups =
    mine && mine.status !== "WITHDRAWN" ? await caller.groups.myGroup({ eventId: event.id }) : [];
  const registrationNotice = capabilityNotice("canRegister", event.state.windows.canRegister, event.timeZone);
  // Registered before the event had centres: now there are some, so ask them to choose.
  const mustChooseCentre = mine !== null && mine.status !== "WITHDRAWN" && !mine.centre && centres.length > 0;
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader back={{ href: `/events/${slug}`, label: event.name }} title="Your registration" />
      {!mine ? (
        <p>
          You haven&apos;t registered for this event.{" "}
          {event.state.capabilities.canRegister ? (
            <Link href={`/events/${slug}/register`} className={strongLinkClass}>
              Register now
            </Link>
          ) : (
            registrationNotice
          )}
        </p>
      ) : (
        <>
          {registered ? (
            <OneTimeNotice
              param="registered"
              message={
                mine.status === "PENDING_CONSENT"
                  ? "You're registered. We've emailed your parent or guardian."
                  : "You're registered. See you there!"
              }
            />
          ) : null}
          {updated ? <OneTimeNotice param="updated" message="Your answers are saved." /> : null}
          {mine.missing ? (
            <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
              {missingText[mine.missing]}{" "}
              <Link href="/account" className={strongLinkClass}>
                Add it on your account page
              </Link>
              .
            </p>
          ) : null}
          {mustChooseCentre ? (
            <section
              aria-labelledby="choose-centre-heading"
              className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4 text-amber-950"
            >
              <h2 id="choose-centre-heading" className={cardTitleClass}>
                Choose your centre
              </h2>
              <p>
                When you registered, this event had no centres yet. Now it has {centres.length}: choose the
                one you&apos;ll go to, so its team can expect you.
              </p>
              {event.state.capabilities.canRegister ? (
                <Link
                  href={`/events/${slug}/registration/edit`}
                  className="inline-block font-medium text-brand-800 underline"
                >
                  Choose a centre
                </Link>
              ) : (
                <p>Registration has closed, so ask the organisers which centre to go to.</p>
              )}
            </section>
          ) : null}
          <dl className={`grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] ${cardClass}`}>
            <dt className="font-medium">Status</dt>
            <dd data-testid="registration-status">{statusText[mine.status]}</dd>
            {mine.names.name ? (
              <>
                <dt className="font-medium">Name</dt>
                <dd>
                  {mine.names.name}
                  {mine.names.alias ? ` (nickname ${mine.names.alias})` : ""}{" "}
                  <Link href="/account" className="text-sm text-brand-700 underline">
                    Change<span className="sr-only"> your name or nickname</span>
                  </Link>
                </dd>
              </>
            ) : null}
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
              {mine.dateOfBirth ? (
                <>
                  {mine.dateOfBirth} <span className="text-slate-600">(only you can see this)</span>
                </>
              ) : (
                "Deleted after the event, as promised: we keep only your age band"
              )}
            </dd>
            <dt className="font-medium">Code of conduct</dt>
            <dd>
              Accepted version {mine.codeOfConductVersion} on{" "}
              {formatInZone(mine.codeOfConductAt, event.timeZone)}
            </dd>
          </dl>
          {mine.status !== "WITHDRAWN" && event.state.capabilities.canRegister ? (
            <p>
              <Link href={`/events/${slug}/registration/edit`} className={strongLinkClass}>
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
              <h2 id="consent-heading" className={sectionTitleClass}>
                Consent from your parent or guardian
              </h2>
              <ConsentWaiting
                consent={mine.consent}
                guardianEmail={mine.guardianEmail}
                timeZone={event.timeZone}
              />
            </section>
          ) : null}
          {mine.status === "CONFIRMED" && mine.consent.consentedAt && mine.consent.scopes ? (
            <section aria-labelledby="consent-heading" className="space-y-2">
              <h2 id="consent-heading" className={sectionTitleClass}>
                Consent from your parent or guardian
              </h2>
              <p>
                Your parent or guardian gave their consent on{" "}
                {formatInZone(mine.consent.consentedAt, event.timeZone)}. Photos and video of you:{" "}
                {mine.consent.scopes.photo ? "allowed" : "not allowed"}. Your nickname shown with your
                team&apos;s public project: {mine.consent.scopes.publicCredit ? "allowed" : "not allowed"}.
              </p>
            </section>
          ) : null}
          {sensitive && sensitive.fields.length > 0 ? (
            sensitive.byGuardian ? (
              <p className="rounded border border-slate-300 bg-slate-50 p-4">
                The event asks for some information to look after you on the day (like medical needs and an
                emergency contact). Your parent or guardian gives it, from the link in their consent email.
              </p>
            ) : (
              <SensitiveForm
                as={{ eventId: event.id }}
                fields={sensitive.fields}
                answers={sensitive.answers}
                about="you"
              />
            )
          ) : null}
          {groups.length > 0 ? (
            <section aria-labelledby="group-heading" className={`space-y-2 ${cardClass}`}>
              <h2 id="group-heading" className={sectionTitleClass}>
                Your group
              </h2>
              <ul className="space-y-1" data-testid="your-group">
                {groups.map((g) => (
                  <li key={g.day}>
                    {groups.length > 1 ? `${dayLabel(g.day)}: ` : ""}
                    <strong>{g.label}</strong>
                    {g.mentorFirstName ? (
                      <>
                        {" "}
                        with <strong>{g.mentorFirstName}</strong>
                      </>
                    ) : (
                      " (its mentor isn't named yet)"
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {mine.status === "CONFIRMED" && mine.centre ? (
            <CheckInCode eventId={event.id} code={mine.checkInCode} centre={mine.centre.name} />
          ) : null}
          <StarterList starters={starters} beginner={mine.experience === "NEW"} />
          {mine.status !== "WITHDRAWN" ? (
            <RegistrationActions
              eventId={event.id}
              pendingConsent={mine.status === "PENDING_CONSENT"}
              guardianEmail={mine.guardianEmail ?? ""}
            />
          ) : event.state.capabilities.canRegister ? (
            <p>
              You withdrew.{" "}
              <Link href={`/events/${slug}/register`} className={strongLinkClass}>
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

/**
 * The code to show at the centre's door: a QR code the centre lead scans with their phone's camera, and
 * the same code to read out or type. It says only who is registered, so it is safe to print or screenshot.
 */
async function CheckInCode({ eventId, code, centre }: { eventId: string; code: string; centre: string }) {
  const svg = await qrSvg(checkInUrl(eventId, code));
  return (
    <section aria-labelledby="check-in-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="check-in-heading" className={sectionTitleClass}>
        Your check-in code
      </h2>
      <p>
        Show this at {centre} when you arrive: they scan the square, or type the code. Screenshot or print it
        if you like.
      </p>
      <div className="flex flex-wrap items-center gap-6">
        <div
          role="img"
          aria-label={`QR code for check-in code ${code}`}
          className="h-44 w-44 shrink-0 bg-white [&>svg]:h-full [&>svg]:w-full"
          // The library's own SVG markup of a URL we built; it holds no user text.
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <p className="font-mono text-4xl font-bold tracking-[0.3em]" data-testid="check-in-code">
          {code}
        </p>
      </div>
    </section>
  );
}

/**
 * What a young person waiting for consent is told. Each state says only what is true of it: after a
 * withdrawal nothing is on its way to the guardian until the young person sends a new link.
 */
function ConsentWaiting({
  consent,
  guardianEmail,
  timeZone,
}: {
  consent: {
    status: ConsentStatus;
    lastSentAt: Date | null;
    withdrawnAt: Date | null;
    reminders: { sent: number; max: number; next: Date | null };
  };
  guardianEmail: string | null;
  timeZone: string;
}) {
  const intro =
    "Because you're under 18 when the event starts, your parent or guardian needs to say yes before you can join a team or take part.";
  if (consent.status === "WITHDRAWN") {
    return (
      <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
        Your parent or guardian withdrew their consent
        {consent.withdrawnAt ? ` on ${formatInZone(consent.withdrawnAt, timeZone)}` : ""}. Until they consent
        again you can&apos;t join or change a team or take part. If that was a mistake, talk to them, then
        send them a new link below.
      </p>
    );
  }
  if (!consent.lastSentAt) {
    return <p>{intro} We haven&apos;t emailed them a link yet: send one below.</p>;
  }
  const sent = `We emailed them a link${guardianEmail ? ` at ${guardianEmail}` : ""} on ${formatInZone(consent.lastSentAt, timeZone)}.`;
  const { reminders } = consent;
  const reminded = reminders.sent > 0 ? `That was reminder ${reminders.sent} of ${reminders.max}.` : "";
  const next = reminders.next
    ? ` If they haven't answered by ${formatInZone(reminders.next, timeZone)}, we'll remind them.`
    : "";
  return (
    <p>
      {intro} {sent} {reminded}
      {next}{" "}
      {consent.status === "EXPIRED"
        ? "That link has expired: send a new one below."
        : "Ask them to check their inbox (and spam folder)."}
    </p>
  );
}
