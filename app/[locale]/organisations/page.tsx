import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { pageTitleClass } from "~/app/_components/text-styles";
import { buttonClass } from "~/app/_components/button-styles";
import { panelClass } from "~/app/_components/card";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("OrganisationsList", "metaTitle");

export default async function OrganisationsPage() {
  await requireUser("/organisations");
  const [memberships, t, organisationPage] = await Promise.all([
    (await serverCaller()).organisations.mine(),
    getTranslations("OrganisationsList"),
    // Kinds of organisation as an organisation's page names them (the domain's English labels).
    getTranslations("OrganisationPage"),
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <Link href="/organisations/new" className={buttonClass}>
          {t("new")}
        </Link>
      </div>
      <p className="text-slate-700">{t("intro")}</p>
      {memberships.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className={`divide-y divide-slate-200 ${panelClass}`}>
          {memberships.map(({ organisation, role }) => (
            <li key={organisation.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div>
                <Link
                  href={`/organisations/${organisation.slug}/manage`}
                  className="font-semibold text-brand-700 hover:underline"
                >
                  {organisation.name}
                </Link>
                <p className="text-sm text-slate-600">{organisationPage(`kind.${organisation.kind}`)}</p>
              </div>
              <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-800">
                {t(`role.${role}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
