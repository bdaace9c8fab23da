import { describe, expect, it } from "vitest";
import {
  decisionProblem,
  isPending,
  leadVerdict,
  mayChangeDetails,
  submitProblem,
  VENUE_INVITATION_STATUSES,
  venueInvitationExpiry,
  venueTransition,
} from "./rules.ts";

const now = new Date("2026-11-24T12:00:00.000Z");
const expiresAt = venueInvitationExpiry(now);
const after = new Date(expiresAt.getTime() + 1);

describe("venue invitations", () => {
  it("expire 14 days after they are sent, at the instant", () => {
    expect(expiresAt.toISOString()).toBe("2026-12-08T12:00:00.000Z");
    expect(leadVerdict({ email: "a@x.test", status: "INVITED", expiresAt }, "a@x.test", now)).toBe("OPEN");
    expect(leadVerdict({ email: "a@x.test", status: "INVITED", expiresAt }, "a@x.test", expiresAt)).toBe(
      "EXPIRED",
    );
  });

  it("move only along INVITED → SUBMITTED → APPROVED | DECLINED, or to WITHDRAWN before a decision", () => {
    const table = Object.fromEntries(
      VENUE_INVITATION_STATUSES.map((status) => [
        status,
        (["submit", "approve", "decline", "withdraw", "resend"] as const).map((a) =>
          venueTransition(status, a),
        ),
      ]),
    );
    expect(table).toEqual({
      INVITED: ["SUBMITTED", null, null, "WITHDRAWN", "INVITED"],
      SUBMITTED: ["SUBMITTED", "APPROVED", "DECLINED", "WITHDRAWN", null],
      APPROVED: [null, null, null, null, null],
      DECLINED: [null, null, null, null, null],
      WITHDRAWN: [null, null, null, null, null],
    });
  });

  it("are answered only by the address invited, compared without case", () => {
    const invitation = { email: "sam@example.org", status: "INVITED" as const, expiresAt };
    expect(leadVerdict(invitation, " Sam@Example.org ", now)).toBe("OPEN");
    expect(leadVerdict(invitation, "sam+venue@example.org", now)).toBe("WRONG_EMAIL");
    // The wrong address learns nothing about the state either.
    expect(leadVerdict({ ...invitation, status: "DECLINED" }, "kim@example.org", now)).toBe("WRONG_EMAIL");
  });

  it("let the lead change the details while waiting, until the link expires", () => {
    expect(mayChangeDetails({ status: "SUBMITTED", expiresAt }, now)).toBe(true);
    expect(mayChangeDetails({ status: "SUBMITTED", expiresAt }, after)).toBe(false);
    expect(mayChangeDetails({ status: "DECLINED", expiresAt }, now)).toBe(false);
    expect(submitProblem({ status: "INVITED", expiresAt }, after)?.text).toMatch(/expired/);
    expect(submitProblem({ status: "DECLINED", expiresAt }, now)?.text).toMatch(/declined/);
    expect(submitProblem({ status: "INVITED", expiresAt }, now)).toBeNull();
  });

  it("claim their name while invited and unexpired, or submitted whatever the date", () => {
    expect(isPending({ status: "INVITED", expiresAt }, now)).toBe(true);
    expect(isPending({ status: "INVITED", expiresAt }, after)).toBe(false);
    expect(isPending({ status: "SUBMITTED", expiresAt }, after)).toBe(true);
    expect(isPending({ status: "WITHDRAWN", expiresAt }, now)).toBe(false);
  });

  it("say why an organiser's action cannot happen", () => {
    expect(decisionProblem("INVITED", "approve")?.text).toBe("The venue hasn't sent its details yet.");
    expect(decisionProblem("DECLINED", "withdraw")?.text).toBe("This invitation is already declined.");
    expect(decisionProblem("SUBMITTED", "resend")?.text).toBe("The venue has already sent its details.");
    expect(decisionProblem("SUBMITTED", "approve")).toBeNull();
  });
});
