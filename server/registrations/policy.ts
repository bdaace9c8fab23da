/**
 * Who may do what with a registration, as pure predicates. Whether the caller is registered at all
 * is decided by the procedure ladder (participantProcedure); these are the rules beyond it.
 */

/** Leaving a team is a team decision (captaincy, team size), so withdrawing never does it silently. */
export function canWithdraw(params: { inTeam: boolean }): boolean {
  return !params.inTeam;
}

/** Only a young person waiting for consent has a consent email to resend. */
export function canResendConsentFor(status: "PENDING_CONSENT" | "CONFIRMED" | "WITHDRAWN"): boolean {
  return status === "PENDING_CONSENT";
}
