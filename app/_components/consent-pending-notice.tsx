import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Notice } from "./notice";

/**
 * What a young person waiting for their guardian's consent sees instead of a way to act they can't use
 * yet: why, and where to check the email address or send the link again. `what` is worded by the page.
 */
export function ConsentPendingNotice({ slug, what, id }: { slug: string; what: string; id?: string }) {
  const t = useTranslations("ConsentPendingNotice");
  return (
    <Notice id={id}>
      {t.rich("notice", {
        what,
        link: (chunks: ReactNode) => (
          <Link href={`/events/${slug}/registration`} className="font-medium underline">
            {chunks}
          </Link>
        ),
      })}
    </Notice>
  );
}
