// Which mutations change what the public, cached pages show (the home page, an event's page, its
// challenges, gallery, projects and code of conduct, an organisation's page). After one of these
// succeeds, every public page is rendered afresh on its next visit, on every instance (see
// docs/architecture.md "Page cache"). Every other mutation leaves them as they are: their pages are
// personal and never cached, or what they change shows on public pages only through the 30-second
// backstop (places left at a centre, a saved project while an organiser has opened the gallery early).
//
// Every mutation must be listed (public-pages.test.ts), so a new one cannot forget to decide.

/** "public": the mutation can change a public page; "private": it cannot (or only via the backstop). */
export type PublicEffect = "public" | "private";

export const MUTATION_EFFECTS: Readonly<Record<string, PublicEffect>> = {
  // The event page lists announcements and centres.
  "announcements.create": "public",
  "announcements.update": "public",
  "announcements.delete": "public",
  "centres.create": "public",
  "centres.update": "public",
  "centres.delete": "public",
  // A new event is a draft, invisible until published.
  "events.create": "private",
  "events.update": "public",
  "events.publish": "public",
  "events.archive": "public",
  "events.unarchive": "public",
  "events.setCover": "public",
  "events.removeCover": "public",
  // Roles show only in the personal parts, which the browser asks for.
  "events.grantRole": "private",
  "events.revokeRole": "private",
  // Judging is private until results: rounds' states and awards reach the public pages.
  "judging.create": "private",
  "judging.update": "public",
  "judging.move": "public",
  "judging.inviteJudge": "private",
  "judging.removeJudge": "private",
  "judging.resolveConflict": "private",
  "judging.assign": "private",
  "judging.release": "private",
  "judging.addAssignment": "private",
  "judging.removeAssignment": "private",
  "judging.reassign": "private",
  "judging.moderateFeedback": "private",
  "judging.importScores": "private",
  "judging.setTeamVisibility": "private",
  "judging.promoteTop": "private",
  "judging.promoteByHand": "private",
  "judging.createAward": "public",
  "judging.updateAward": "public",
  "judging.deleteAward": "public",
  "judging.setAwardWinners": "public",
  "judging.moderateCentreFeedback": "private",
  "judging.respond": "private",
  "judging.setAffiliation": "private",
  "judging.declareConflict": "private",
  "judging.saveScore": "private",
  "judging.mark": "private",
  "judging.saveNotes": "private",
  // Organisation pages: a new one (its address may have been a cached "not found"), its details, logo.
  "organisations.create": "public",
  "organisations.update": "public",
  "organisations.setLogo": "public",
  "organisations.removeLogo": "public",
  "organisations.invite": "private",
  "organisations.revokeInvite": "private",
  "organisations.changeRole": "private",
  "organisations.removeMember": "private",
  "organisations.acceptInvite": "private",
  // Challenges are public once published; an edit to a published one shows at once.
  "challenges.create": "private",
  "challenges.update": "public",
  "challenges.submit": "private",
  "challenges.approve": "public",
  "challenges.requestChanges": "public",
  "challenges.publish": "public",
  // Team names show in the gallery and on project pages.
  "teams.create": "private",
  "teams.joinByCode": "private",
  "teams.requestToJoin": "private",
  "teams.cancelRequest": "private",
  "teams.acceptRequest": "private",
  "teams.declineRequest": "private",
  "teams.leave": "private",
  "teams.handOver": "private",
  "teams.removeMember": "private",
  "teams.rotateCode": "private",
  "teams.update": "public",
  "teams.setLookingForTeam": "private",
  // Names and aliases credit projects in the gallery.
  "users.updateProfile": "public",
  "users.updateEmailPreferences": "private",
  // Registrations change only places left (backstop); consent changes gallery credit.
  "registrations.register": "private",
  "registrations.resendConsent": "private",
  "registrations.update": "private",
  "registrations.withdraw": "private",
  "registrations.moveToCentre": "private",
  "registrations.giveConsent": "public",
  "registrations.withdrawConsent": "public",
  // The gallery shows submitted projects once it is open; saves before then change nothing public.
  "submissions.save": "private",
  "submissions.submit": "private",
  "submissions.withdraw": "public",
  "submissions.addImage": "private",
  "submissions.removeImage": "public",
  "submissions.disqualify": "public",
  "submissions.reinstate": "public",
  "submissions.openGallery": "public",
  "submissions.closeGallery": "public",
  "system.echo": "private",
  // Development and test only: after writing straight into the database.
  "dev.refreshPublicPages": "public",
};

/** true when a successful call of the mutation at `path` ("events.update") can change a public page. */
export function changesPublicPages(path: string): boolean {
  return MUTATION_EFFECTS[path] === "public";
}
