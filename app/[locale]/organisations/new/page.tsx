import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { OrganisationForm } from "~/app/_components/organisation-form";
import { organisationFormWords } from "~/app/_components/organisation-form-words";
import { pageTitleClass } from "~/app/_components/text-styles";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("NewOrganisation", "metaTitle");

export default async function NewOrganisationPage() {
  await requireUser("/organisations/new");
  const t = await getTranslations("NewOrganisation");
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className={pageTitleClass}>{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <OrganisationForm words={organisationFormWords(await getTranslations("OrganisationForm"))} />
    </div>
  );
}
