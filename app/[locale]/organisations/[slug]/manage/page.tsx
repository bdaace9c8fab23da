import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { emptyChallenge, ChallengeForm } from "~/app/_components/challenge-form";
import { challengeFormWords } from "~/app/_components/challenge-form-words";
import { ChallengeHistory, ChallengeStatusBadge } from "~/app/_components/challenge-status";
import { requireUser } from "~/app/_components/guards";
import { oneOf, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { Refused } from "~/app/_components/refused";
import { OrganisationForm } from "~/app/_components/organisation-form";
import { organisationFormWords } from "~/app/_components/organisation-form-words";
import { addPersonWords } from "~/app/_components/people-panel-words";
import { labelsOf } from "~/server/i18n/labels";
import { logoSrc } from "~/server/organisations/logo";
import { LogoPanel, type LogoPanelWords } from "./logo-panel";
import { MembersPanel, type MembersPanelWords } from "./members-panel";
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
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageOrganisation");

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

const LOGO_WORDS = [
  "chooseImage",
  "saved",
  "heading",
  "createdWithFailedLogo",
  "replace",
  "upload",
  "currentLogo",
  "noLogo",
  "hint",
  "uploading",
  "uploadButton",
  "remove",
  "removeTitle",
  "removeBody",
  "removing",
  "removed",
] as const;

/** Plain messages; those with `{email}`, `{role}` or `{name}` go raw, filled in by the panel. */
const MEMBERS_WORDS = [
  "heading",
  "onlyOwner",
  "makeMember",
  "makeOwner",
  "remove",
  "removeBody",
  "pendingInvitations",
  "cancelInvitation",
  "cancelBody",
  "keepIt",
  "inviteHeading",
  "sendInvitation",
  "ownersInvite",
] as const;

const MEMBERS_TEMPLATES = [
  "invited",
  "alreadyInvited",
  "nowMember",
  "nowOwner",
  "removeTitle",
  "removed",
  "inviteExpires",
  "forEmail",
  "cancelTitle",
  "cancelled",
] as const;

export default async function ManageOrganisationPage({ params, searchParams }: Props) {
  const { slug } = await params;
  // "failed": the organisation was created but its logo upload was not (organisation-form.tsx).
  const { logo } = parseSearchParams({ logo: oneOf(["failed"]) }, await searchParams);
  await requireUser(`/organisations/${slug}/manage`);
  const caller = await serverCaller();
  const t = await getTranslations("ManageOrganisation");
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
    return <Refused title={t("title")}>{t("refused")}</Refused>;
  }
  const { organisation, members, invites, myRole, challenges, events, operator } = data;
  const isOwner = myRole === "OWNER";
  const [logoT, membersT, peopleT, organisationT, challengeT] = await Promise.all([
    getTranslations("LogoPanel"),
    getTranslations("MembersPanel"),
    getTranslations("PeoplePanel"),
    getTranslations("OrganisationForm"),
    getTranslations("ChallengeForm"),
  ]);
  const logoWords: LogoPanelWords = labelsOf((key) => logoT(key), LOGO_WORDS);
  const membersWords: MembersPanelWords = {
    ...labelsOf((key) => membersT(key), MEMBERS_WORDS),
    ...labelsOf((key) => membersT.raw(key) as string, MEMBERS_TEMPLATES),
    role: { MEMBER: membersT("role.MEMBER"), OWNER: membersT("role.OWNER") },
    people: addPersonWords(peopleT),
  };
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className={pageTitleClass}>{organisation.name}</h1>
        <p>
          <Link href={`/organisations/${organisation.slug}`} className={linkClass}>
            {t("publicPage")}
          </Link>
          {" · "}
          <Link href={`/organisations/${organisation.slug}/manage/outcomes`} className={linkClass}>
            {t("outcomes")}
          </Link>
          {isOwner ? (
            <>
              {" · "}
              <Link href={`/organisations/${organisation.slug}/manage/integrations`} className={linkClass}>
                {t("integrations")}
              </Link>
            </>
          ) : null}
        </p>
      </header>

      {isOwner ? (
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <section aria-labelledby="details-heading" className={`space-y-4 ${cardClass}`}>
            <h2 id="details-heading" className={sectionTitleClass}>
              {t("details")}
            </h2>
            <p className="text-sm text-slate-600">{t("addressStays", { slug: organisation.slug })}</p>
            <OrganisationForm
              organisationId={organisation.id}
              initial={{
                name: organisation.name,
                kind: organisation.kind,
                website: organisation.website ?? "",
                description: organisation.description,
              }}
              words={organisationFormWords(organisationT)}
            />
          </section>
          <LogoPanel
            organisationId={organisation.id}
            logo={logoSrc(organisation)}
            createdWithFailedLogo={logo === "failed"}
            words={logoWords}
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
          {t("challenges")}
        </h2>
        {challenges.length === 0 ? <EmptyState title={t("noChallenges")} /> : null}
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
                  {c.teams.working > 0
                    ? t("teamsSubmittedWorking", { submitted: c.teams.submitted, working: c.teams.working })
                    : t("teamsSubmitted", { submitted: c.teams.submitted })}
                </p>
              ) : null}
              <details>
                <summary className="cursor-pointer text-sm">{t("history")}</summary>
                <div className="mt-2">
                  <ChallengeHistory history={c.history} timeZone={c.event.timeZone} />
                </div>
              </details>
            </li>
          ))}
        </ul>
        <div className="space-y-3 border-t border-slate-200 pt-4">
          <h3 className={cardTitleClass}>{t("newChallenge")}</h3>
          {events.length === 0 ? (
            <p>{t("noEvents")}</p>
          ) : (
            <ChallengeForm
              organisationId={organisation.id}
              organisationSlug={organisation.slug}
              events={events.map((e) => ({ id: e.id, name: e.name }))}
              initial={emptyChallenge}
              words={challengeFormWords(challengeT)}
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
        words={membersWords}
      />
    </div>
  );
}
