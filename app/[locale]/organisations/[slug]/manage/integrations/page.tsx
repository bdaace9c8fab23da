import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { IntegrationsPage } from "~/app/_components/integrations-page";
import { Refused } from "~/app/_components/refused";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("IntegrationsPage");

type Props = { params: Promise<{ slug: string }> };

/**
 * An organisation's owners connect their own systems: API tokens for its challenges, and webhooks that
 * send news of its challenges, projects and results.
 */
export default async function OrganisationIntegrationsPage({ params }: Props) {
  const { slug } = await params;
  await requireUser(`/organisations/${slug}/manage/integrations`);
  const caller = await serverCaller();
  const t = await getTranslations("IntegrationsPage");
  const data = await orForbidden(
    (async () => {
      const organisation = await caller.organisations.bySlug({ slug });
      const [hooks, tokens] = await Promise.all([
        caller.webhooks.listForOrganisation({ organisationId: organisation.id }),
        caller.apiTokens.listForOrganisation({ organisationId: organisation.id }),
      ]);
      return { organisation, hooks, tokens };
    })(),
  );
  if (!data) {
    return <Refused title={t("title")}>{t("organisationRefused")}</Refused>;
  }
  const { organisation, hooks, tokens } = data;
  return (
    <IntegrationsPage
      back={{ href: `/organisations/${organisation.slug}/manage`, label: organisation.name }}
      sends={t("organisationSends")}
      owner={{ kind: "organisation", organisationId: organisation.id }}
      hooks={hooks}
      tokens={tokens}
      timeZone="UTC"
    />
  );
}
