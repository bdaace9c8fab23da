import Link from "next/link";
import { Notice } from "./notice";

/**
 * What a young person waiting for their guardian's consent sees instead of a way to act they can't use
 * yet: why, and where to check the email address or send the link again.
 */
export function ConsentPendingNotice({ slug, what, id }: { slug: string; what: string; id?: string }) {
  return (
    <Notice id={id}>
      Your parent or guardian needs to give their consent before you can {what}. We emailed them a link; once
      they agree, come back here.{" "}
      <Link href={`/events/${slug}/registration`} className="font-medium underline">
        Check their email address or send the link again
      </Link>
      .
    </Notice>
  );
}
