import type { Metadata } from "next";
import Link from "next/link";
import { emptyChallenge, ChallengeForm } from "~/app/_components/challenge-form";
import { ChallengeHistory, ChallengeStatusBadge } from "~/app/_components/challenge-status";
import { requireUser } from "~/app/_components/guards";
import { oneOf, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { Refused } from "~/app/_components/refused";
import { OrganisationForm } from "~/app/_components/organisation-form";
import { logoSrc } from "~/server/organisations/logo";
import { LogoPanel } from "./logo-panel";
import { MembersPanel } from "./members-panel";
import { OperatorPanel } from "./operator-panel";
import {
  cardTitleClass,
  linkClass,
  pageTitleClass,
  sectionTitleClass,
  titleLinkClass,
} from "~/app/_components/text-styles";
import { cardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";

export const metadata: Metadata = { title: "Manage organisation" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

/** "1 team" / "3 teams". */
function teamCount(count: number): string {
  return `${count} ${count === 1 ? "team" : "teams"}`;
}

export default async function ManageOrganisationPage({ params, searchParams }: Props) {
  const { slug } = await params;
  // "failed": the organisation was created but its logo upload was not (organisation-form.tsx).
  const { logo } = parseSearchParams({ logo: oneOf(["failed"]) }, await searchParams);
  await requireUser(`/organisations/${slug}/manage`);
  const caller = await serverCaller();
  const data = await orForbidden(
    (async () => {
      const { id } = await caller.organisations.bySlug({ slug });
      const [forMembers, challenges, events, operator] = await Promise.all([
        caller.organisations.forMembers({ organisationId: id }),
        caller.challenges.listForOrganisation({ organisationId: id }),
        caller.events.list(),
        caller.directory.sessions({ organisationId: id }),
      ]);
      return { ...forMembers, challenges, events, operator };
    })(),
  );
  if (!data) {
    return (
      <Refused title="Manage organisation">
        Only members of this organisation can manage it. Ask an owner to invite you.
      </Refused>
    );
  }
  const { organisation, members, invites, myRole, challenges, events, operator } = data;
  const isOwner = myRole === "OWNER";
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className={pageTitleClass}>{organisation.name}</h1>
        <p>
          <Link href={`/organisations/${organisation.slug}`} className={linkClass}>
            Public page
          </Link>
          {" · "}
          <Link href={`/organisations/${organisation.slug}/manage/outcomes`} className={linkClass}>
            What came of our challenges
          </Link>
          {isOwner ? (
            <>
              {" · "}
              <Link href={`/organisations/${organisation.slug}/manage/integrations`} className={linkClass}>
                Integrations
              </Link>
            </>
          ) : null}
        </p>
      </header>

      {isOwner ? (
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <section aria-labelledby="details-heading" className={`space-y-4 ${cardClass}`}>
            <h2 id="details-heading" className={sectionTitleClass}>
              Details
            </h2>
            <p className="text-sm text-slate-600">
              The page address stays /organisations/{organisation.slug} when you rename, so shared links keep
              working.
            </p>
            <OrganisationForm
              organisationId={organisation.id}
              initial={{
                name: organisation.name,
                kind: organisation.kind,
                website: organisation.website ?? "",
                description: organisation.description,
              }}
            />
          </section>
          <LogoPanel
            organisationId={organisation.id}
            logo={logoSrc(organisation)}
            createdWithFailedLogo={logo === "failed"}
          />
        </div>
      ) : null}

      <OperatorPanel
        organisation={organisation}
        isOwner={isOwner}
        operator={{
          requestedAt: operator.operatorRequestedAt,
          approvedAt: operator.operatorApprovedAt,
          sessions: operator.sessions.length,
          published: operator.sessions.filter((s) => s.publishedAt !== null).length,
        }}
      />

      <section aria-labelledby="challenges-heading" className={`space-y-4 ${cardClass}`}>
        <h2 id="challenges-heading" className={sectionTitleClass}>
          Challenges
        </h2>
        {challenges.length === 0 ? <EmptyState title="No challenges yet." /> : null}
        <ul className="space-y-4">
          {challenges.map((c) => (
            <li key={c.id} className="space-y-2 rounded border border-slate-200 p-4">
              <div className="flex flex-wrap items-center gap-3">
                <h3 className="font-semibold">
                  <Link
                    href={`/organisations/${organisation.slug}/manage/challenges/${c.id}`}
                    className={titleLinkClass}
                  >
                    {c.title}
                  </Link>
                </h3>
                <ChallengeStatusBadge status={c.status} />
              </div>
              <p className="text-sm text-slate-600">{c.event.name}</p>
              {c.status === "PUBLISHED" ? (
                <p className="text-sm" data-testid="challenge-teams">
                  {teamCount(c.teams.submitted)} submitted a project for it
                  {c.teams.working > 0 ? `; ${teamCount(c.teams.working)} still working on one` : ""}.
                </p>
              ) : null}
              <details>
                <summary className="cursor-pointer text-sm">History</summary>
                <div className="mt-2">
                  <ChallengeHistory history={c.history} timeZone={c.event.timeZone} />
                </div>
              </details>
            </li>
          ))}
        </ul>
        <div className="space-y-3 border-t border-slate-200 pt-4">
          <h3 className={cardTitleClass}>New challenge</h3>
          {events.length === 0 ? (
            <p>There are no published events to post a challenge to yet.</p>
          ) : (
            <ChallengeForm
              organisationId={organisation.id}
              organisationSlug={organisation.slug}
              events={events.map((e) => ({ id: e.id, name: e.name }))}
              initial={emptyChallenge}
            />
          )}
        </div>
      </section>

      <MembersPanel
        organisationId={organisation.id}
        canManage={isOwner}
        members={members.map((m) => ({ id: m.id, role: m.role, name: m.user.name, email: m.user.email }))}
        invites={invites.map((i) => ({
          id: i.id,
          email: i.email,
          role: i.role,
          expiresAt: i.expiresAt.toISOString(),
        }))}
      />
    </div>
  );
}
