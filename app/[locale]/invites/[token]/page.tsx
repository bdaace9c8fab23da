import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { AcceptInvite } from "./accept-invite";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";

export const metadata: Metadata = { title: "Invitation" };

type Props = { params: Promise<{ token: string }> };

function Message({ children }: { children: React.ReactNode }) {
  return (
    <div className="max-w-xl space-y-3">
      <h1 className={pageTitleClass}>Invitation</h1>
      {children}
    </div>
  );
}

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const user = await requireUser(`/invites/${token}`);
  let invitation;
  try {
    invitation = await (await serverCaller()).organisations.invitation({ token });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) {
      return (
        <Message>
          <p>This invitation link is not valid. Check that you copied all of it, or ask for a new one.</p>
        </Message>
      );
    }
    throw error;
  }
  const { organisation, verdict, role } = invitation;
  if (verdict === "WRONG_EMAIL") {
    return (
      <Message>
        <p>
          This invitation to join <strong>{organisation.name}</strong> was sent to a different email address
          than the one you are signed in with ({user.email}).
        </p>
        <p>Sign out, then sign in with the address the invitation was sent to.</p>
      </Message>
    );
  }
  if (verdict === "EXPIRED") {
    return (
      <Message>
        <p>
          This invitation to join <strong>{organisation.name}</strong> has expired. Ask one of its owners to
          invite you again.
        </p>
      </Message>
    );
  }
  if (verdict === "ACCEPTED") {
    return (
      <Message>
        <p>This invitation has already been used.</p>
        <p>
          <Link href="/organisations" className={linkClass}>
            Your organisations
          </Link>
        </p>
      </Message>
    );
  }
  return (
    <Message>
      <p>
        You have been invited to join <strong>{organisation.name}</strong> as{" "}
        {role === "OWNER" ? "an owner" : "a member"}.
      </p>
      <AcceptInvite token={token} slug={organisation.slug} />
    </Message>
  );
}
