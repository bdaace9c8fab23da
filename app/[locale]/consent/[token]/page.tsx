import type { Metadata } from "next";
import { serverCaller } from "~/app/trpc/server";
import type { ConsentDoubt } from "~/server/registrations/rules";
import { formatInZone } from "~/server/time/zoned";
import { ConsentForm } from "./consent-form";
import { CollectionForm } from "./collection-form";
import { SensitiveForm } from "~/app/_components/sensitive-form";
import { WithdrawConsent } from "./withdraw-consent";
import { ScopesForm } from "./scopes-form";
import { pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { cardClass } from "~/app/_components/card";

// The token is in the address: never send it on to another site, and keep the page out of indexes.
export const metadata: Metadata = {
  title: "Guardian consent",
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ token: string }> };

const problems = {
  UNKNOWN: "This consent link isn't valid. Check you used the whole link from the email.",
  EXPIRED:
    "This consent link has expired. Ask the young person to send you a new one from their registration page.",
  REPLACED: "A newer consent link has been sent to you. Please use the most recent email.",
  NOT_NEEDED: "This registration no longer needs consent.",
} as const;

// A guardian must be a different person from the young person (see consentDoubts).
const notGuardian: Record<ConsentDoubt, string> = {
  GUARDIAN_IS_PARTICIPANT_MAILBOX:
    "This link was sent to the young person's own email address, so it can't be used to give consent. They need to send a new link to a parent or guardian's own email address from their registration page.",
  GIVEN_BY_PARTICIPANT:
    "You're signed in as the young person this consent is for, so you can't give it. Consent must come from a parent or guardian: they open the link in their own email, signed out or signed in as themselves.",
};

export default async function ConsentPage({ params }: Props) {
  const { token } = await params;
  const caller = await serverCaller();
  const view = await caller.registrations.consentByToken({ token: token.slice(0, 200) || "-" });
  if (view.state === "USED") {
    const sensitive = view.withdrawnAt
      ? null
      : await caller.sensitive.byToken({ token: token.slice(0, 200) || "-" });
    return (
      <div className="max-w-2xl space-y-6">
        <h1 className={pageTitleClass}>Consent for {view.firstName}</h1>
        {view.withdrawnAt ? (
          <p role="status" className="rounded border border-slate-300 bg-slate-50 p-4">
            You withdrew your consent for {view.firstName} to take part in {view.eventName} on{" "}
            <time dateTime={view.withdrawnAt.toISOString()}>
              {formatInZone(view.withdrawnAt, view.timeZone)}
            </time>
            . If you change your mind, ask {view.firstName} to send you a new consent link.
          </p>
        ) : (
          <>
            <p role="status" className="rounded border border-green-300 bg-green-50 p-4 text-green-900">
              You gave consent for {view.firstName} to take part in {view.eventName} on{" "}
              <time dateTime={view.consentedAt.toISOString()}>
                {formatInZone(view.consentedAt, view.timeZone)}
              </time>
              . Photos and video: {view.photo ? "allowed" : "not allowed"}. Name shown with their project:{" "}
              {view.publicCredit ? "allowed" : "not allowed"}. Consent text version {view.textVersion}.
            </p>
            {view.newTextToConfirm ? (
              <p role="status" className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-900">
                The organisers have changed the wording of what you agree to since. We have emailed you a link
                to read and confirm it; until you do, your consent stays in force as you gave it.
              </p>
            ) : null}
            <ScopesForm token={token} firstName={view.firstName} scopes={view.changeable} />
            <CollectionForm
              token={token}
              firstName={view.firstName}
              mayLeaveAlone={view.mayLeaveAlone}
              collectors={view.collectors.map((c) => ({ name: c.name, relationship: c.relationship }))}
            />
            {sensitive && sensitive.fields.length > 0 ? (
              <SensitiveForm
                as={{ token }}
                fields={sensitive.fields}
                answers={sensitive.answers}
                about={view.firstName}
              />
            ) : null}
            <WithdrawConsent token={token} firstName={view.firstName} />
          </>
        )}
      </div>
    );
  }
  if (view.state !== "VALID") {
    return (
      <div className="max-w-2xl space-y-3">
        <h1 className={pageTitleClass}>Guardian consent</h1>
        <p role="status" className="rounded border border-slate-300 bg-slate-50 p-4">
          {view.state === "NOT_GUARDIAN" ? notGuardian[view.reason] : problems[view.state]}
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-2">
        <h1 className={pageTitleClass}>
          {view.previous ? `Confirm the new wording for ${view.firstName}` : `Consent for ${view.firstName}`}
        </h1>
        {view.previous ? (
          <p>
            You gave consent for {view.firstName} to take part in <strong>{view.eventName}</strong>. The
            organisers have since changed the words of what you agree to: please read them and confirm, with
            your choices (they start as you left them). Until you do, your earlier consent stays in force.
          </p>
        ) : (
          <p>
            {view.firstName} has registered for <strong>{view.eventName}</strong>, which starts on{" "}
            <time dateTime={view.startsAt.toISOString()}>{formatInZone(view.startsAt, view.timeZone)}</time> (
            {view.timeZone}). Because they are under 18, they can take part only with your consent.
          </p>
        )}
      </header>
      <section aria-labelledby="text-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="text-heading" className={sectionTitleClass}>
          What you are agreeing to
        </h2>
        {view.consentText.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p className="text-sm text-slate-600">Consent text version {view.consentTextVersion}.</p>
      </section>
      <ConsentForm
        token={token}
        consentTextVersion={view.consentTextVersion}
        scopes={view.scopes}
        firstName={view.firstName}
        previous={view.previous}
      />
    </div>
  );
}
