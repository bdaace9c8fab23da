import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { AcceptInvite, type AcceptInviteWords } from "./accept-invite";
import { labelsOf } from "~/server/i18n/labels";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("Invite", "metaTitle");

const BUTTON_WORDS = ["accept", "accepting"] as const;

type Props = { params: Promise<{ token: string }> };

function Message({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="max-w-xl space-y-3">
      <h1 className={pageTitleClass}>{title}</h1>
      {children}
    </div>
  );
}

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const user = await requireUser(`/invites/${token}`);
  const t = await getTranslations("Invite");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  let invitation;
  try {
    invitation = await (await serverCaller()).organisations.invitation({ token });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) {
      return (
        <Message title={t("title")}>
          <p>{t("invalid")}</p>
        </Message>
      );
    }
    throw error;
  }
  const { organisation, verdict, role } = invitation;
  if (verdict === "WRONG_EMAIL") {
    return (
      <Message title={t("title")}>
        <p>{t.rich("wrongEmail", { organisation: organisation.name, email: user.email, strong })}</p>
        <p>{t("signInWithOther")}</p>
      </Message>
    );
  }
  if (verdict === "EXPIRED") {
    return (
      <Message title={t("title")}>
        <p>{t.rich("expired", { organisation: organisation.name, strong })}</p>
      </Message>
    );
  }
  if (verdict === "ACCEPTED") {
    return (
      <Message title={t("title")}>
        <p>{t("used")}</p>
        <p>
          <Link href="/organisations" className={linkClass}>
            {t("yourOrganisations")}
          </Link>
        </p>
      </Message>
    );
  }
  return (
    <Message title={t("title")}>
      <p>{t.rich("invited", { organisation: organisation.name, role, strong })}</p>
      <AcceptInvite
        token={token}
        slug={organisation.slug}
        words={labelsOf((key) => t(key), BUTTON_WORDS) satisfies AcceptInviteWords}
      />
    </Message>
  );
}
