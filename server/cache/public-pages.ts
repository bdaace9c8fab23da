// Which mutations change what the public, cached pages show (the home page, an event's pages — its
// page, challenges, gallery, projects and code of conduct — and an organisation's page), and how far.
// After one of these succeeds, the pages it can change are rendered afresh on their next visit, on every
// instance (see docs/architecture.md "Page cache"): an event's own pages, the home page and the
// organisations' "What happened next" pages (/organisations/<slug>/next, which show projects of many
// events) for "event", every public page for "everything". Every other mutation leaves them as they are:
// their pages are personal and never cached, or what they change shows on public pages only through the
// 30-second backstop (places left at a centre, a saved project while an organiser has opened the gallery
// early).
//
// The need-and-supply page of a postcode area (app/[locale]/areas/[area]) belongs to no one event: it is
// refreshed by the "everything" mutations and the backstop (what it counts — registrations, waiting
// lists, vetting, centres, publishing — shows there within 30 seconds).
//
// Every mutation must be listed (public-pages.test.ts), so a new one cannot forget to decide.

/**
 * "private": the mutation cannot change a public page (or only through the backstop); "event": it can
 * change the pages of the one event it acts on (found from its input's eventId or roundId) and the home
 * page that lists events; "everything": it can change pages of several events or organisations.
 */
export type PublicEffect = "private" | "event" | "everything";

/** The pages to render afresh: one event's (by slug) and the home page, or every public page. */
export type PageScope = { kind: "event"; slug: string } | { kind: "everything" };

export const MUTATION_EFFECTS: Readonly<Record<string, PublicEffect>> = {
  // The event page lists announcements and centres.
  "announcements.create": "event",
  "announcements.update": "event",
  "announcements.delete": "event",
  "centres.create": "event",
  "centres.update": "event",
  "centres.delete": "event",
  // Approving a venue adds a centre to the event page; the rest changes nothing public until then.
  "venues.approve": "event",
  "venues.invite": "private",
  "venues.resend": "private",
  "venues.withdraw": "private",
  "venues.decline": "private",
  "venues.submit": "private",
  // A new event is a draft, invisible until published.
  "events.create": "private",
  // A draft: no public page shows it until it is published.
  "events.createForOrganisation": "private",
  // Saving the details can change the event's address (slug): the old address must stop answering too.
  "events.update": "everything",
  "events.publish": "event",
  "events.archive": "event",
  "events.unarchive": "event",
  "events.setCover": "event",
  "events.removeCover": "event",
  // Roles show only in the personal parts, which the browser asks for.
  "events.grantRole": "private",
  "events.revokeRole": "private",
  // Judging is private until results: rounds' states and awards reach the public pages.
  "judging.create": "private",
  "judging.update": "event",
  "judging.move": "event",
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
  "judging.createAward": "event",
  "judging.updateAward": "event",
  "judging.deleteAward": "event",
  "judging.setAwardWinners": "event",
  "judging.moderateCentreFeedback": "private",
  "judging.respond": "private",
  "judging.setAffiliation": "private",
  "judging.declareConflict": "private",
  "judging.saveScore": "private",
  "judging.mark": "private",
  "judging.saveNotes": "private",
  // Organisation pages: a new one (its address may have been a cached "not found"), its details, logo;
  // its name and logo also show on its challenges on every event's pages.
  "organisations.create": "everything",
  "organisations.update": "everything",
  "organisations.setLogo": "everything",
  "organisations.removeLogo": "everything",
  "organisations.invite": "private",
  "organisations.revokeInvite": "private",
  "organisations.changeRole": "private",
  "organisations.removeMember": "private",
  "organisations.acceptInvite": "private",
  // Challenges are public once published; an edit to a published one shows at once, on the event's pages
  // and on the sponsor's organisation page.
  "challenges.create": "private",
  // Only a draft or a challenge sent back for changes can be edited: never a public one.
  "challenges.update": "private",
  "challenges.submit": "private",
  "challenges.approve": "everything",
  "challenges.requestChanges": "everything",
  "challenges.publish": "everything",
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
  "teams.update": "event",
  "teams.setLookingForTeam": "private",
  // Names and aliases credit projects in the gallery, of any event.
  "users.updateProfile": "everything",
  "users.updateEmailPreferences": "private",
  // Credit on public project pages becomes "Former participant".
  "users.deleteAccount": "everything",
  // A new profile is in no team yet; a removed one's credit becomes "Former participant".
  "guardians.addChild": "private",
  "guardians.removeChild": "everything",
  // Registrations change only places left (backstop); consent (given through an emailed link, no event
  // in the input) changes gallery credit.
  "registrations.register": "private",
  "registrations.markStarted": "private",
  "registrations.resendConsent": "private",
  "registrations.update": "private",
  "registrations.withdraw": "private",
  "registrations.moveToCentre": "private",
  "registrations.giveConsent": "everything",
  "registrations.withdrawConsent": "everything",
  "registrations.changeConsentScopes": "everything",
  // Waiting lists change only places left (an offer holds one; leaving an offer frees it): backstop.
  "waitingList.join": "private",
  "waitingList.leave": "private",
  // A new text changes no consent in force: guardians are asked, and their answers come later.
  "registrations.updateConsentText": "private",
  // Who is in the building and who may collect them are never public.
  "checkin.checkIn": "private",
  "checkin.checkOut": "private",
  "checkin.setCollection": "private",
  "sensitive.updateSettings": "private",
  "sensitive.saveMine": "private",
  "sensitive.saveByToken": "private",
  // Deleting dates of birth keeps each person's age, so public credit does not change.
  "retention.update": "private",
  "concerns.report": "private",
  "concerns.recordAction": "private",
  // The help queue is seen only by the team, its centre's mentors and lead, and the organisers.
  "help.raise": "private",
  "help.cancel": "private",
  "help.claim": "private",
  "help.release": "private",
  "help.resolve": "private",
  "retention.deleteNow": "private",
  // Starter projects are shown to signed-in people only (the registration page), never on a cached page.
  "starters.create": "private",
  "starters.update": "private",
  "starters.delete": "private",
  // Response templates are organisers' own working text; nothing public shows them.
  // The directory lists approved operators' published sessions: approving, withdrawing, publishing,
  // changing or deleting one changes it (it belongs to no event). A request or a draft changes nothing.
  // A certificate's verification page is rendered on its first visit, after the certificate exists.
  "certificates.download": "private",
  "directory.requestOperator": "private",
  "directory.decideOperator": "everything",
  "directory.createSession": "private",
  "directory.updateSession": "everything",
  "directory.publishSession": "everything",
  "directory.deleteSession": "everything",
  // A club page's places and bookings are its personal part, asked for by the browser (clubPlaces).
  "directory.book": "private",
  "directory.cancelPlace": "private",
  "directory.cancelBooking": "private",
  "templates.create": "private",
  "templates.update": "private",
  "templates.delete": "private",
  "templates.copy": "private",
  // Mentors, vetting, adults on site and matches are seen by organisers, leads, mentors and teams only.
  "mentoring.offer": "private",
  "mentoring.withdrawOffer": "private",
  "mentoring.decideOffer": "private",
  "mentoring.recordVetting": "private",
  "mentoring.setRatio": "private",
  "mentoring.signIn": "private",
  "mentoring.signOut": "private",
  "mentoring.propose": "private",
  "mentoring.setMatch": "private",
  "mentoring.publish": "private",
  // Learner groups show only on personal pages (the board, a mentor's page, a learner's registration).
  "groups.propose": "private",
  "groups.moveLearner": "private",
  "groups.setMentor": "private",
  "groups.publish": "private",
  // The gallery shows submitted projects once it is open; saves before then change nothing public.
  "submissions.save": "private",
  "submissions.submit": "private",
  "submissions.withdraw": "event",
  "submissions.addImage": "private",
  "submissions.removeImage": "event",
  "submissions.disqualify": "event",
  "submissions.reinstate": "event",
  "submissions.openGallery": "event",
  "submissions.closeGallery": "event",
  "system.echo": "private",
  // Webhook endpoints and their deliveries are seen only by the organisers or owners who manage them.
  "webhooks.createForEvent": "private",
  "webhooks.updateForEvent": "private",
  "webhooks.deleteForEvent": "private",
  "webhooks.rotateSecretForEvent": "private",
  "webhooks.sendTestForEvent": "private",
  "webhooks.redeliverForEvent": "private",
  "webhooks.createForOrganisation": "private",
  "webhooks.updateForOrganisation": "private",
  "webhooks.deleteForOrganisation": "private",
  "webhooks.rotateSecretForOrganisation": "private",
  "webhooks.sendTestForOrganisation": "private",
  "webhooks.redeliverForOrganisation": "private",
  // API tokens are seen only by the organisers or owners who manage them.
  "apiTokens.createForEvent": "private",
  "apiTokens.revokeForEvent": "private",
  "apiTokens.createForOrganisation": "private",
  "apiTokens.revokeForOrganisation": "private",
  // Previewing changes nothing; an import adds or changes projects in the event's gallery.
  "imports.previewDevpost": "private",
  "imports.importDevpost": "event",
  // Prompts are emails; their settings are the organisers' own. The sweep writes no public page.
  "prompts.update": "private",
  "dev.sendPrompts": "private",
  // "What happened next" is on the event's public pages and on the organisations' own "What happened
  // next" pages (which "event" refreshes too); an organisation's outcomes on every event page where its
  // challenge is (and its own pages).
  "next.postUpdate": "event",
  "next.removeUpdate": "event",
  "next.hideUpdate": "event",
  "next.postOutcome": "everything",
  "next.removeOutcome": "everything",
  // The finals page follows the show live (server/finals/live.ts); its cached first view is refreshed too.
  "finals.saveSettings": "event",
  "finals.setOrder": "event",
  "finals.step": "event",
  // The HTTP API's writes (server/routers/api.ts), as their app twins: challenges.create, .update,
  // .submit, and the organisers' review steps.
  "organisationChallenges.create": "private",
  "organisationChallenges.update": "private",
  "organisationChallenges.submit": "private",
  "eventData.reviewChallenge": "everything",
  // Development and test only: after writing straight into the database.
  "dev.refreshPublicPages": "everything",
};

/** true when a successful call of the mutation at `path` ("events.update") can change a public page. */
export function changesPublicPages(path: string): boolean {
  const effect = MUTATION_EFFECTS[path];
  return effect !== undefined && effect !== "private";
}

/**
 * What identifies the event a mutation's raw input acts on: its `eventId`, else its `roundId` (a judging
 * round belongs to one event), else null. Pure; `input` is whatever the client sent.
 */
export function eventKeyOf(input: unknown): { eventId: string } | { roundId: string } | null {
  if (typeof input !== "object" || input === null) return null;
  const { eventId, roundId } = input as { eventId?: unknown; roundId?: unknown };
  if (typeof eventId === "string" && eventId) return { eventId };
  if (typeof roundId === "string" && roundId) return { roundId };
  return null;
}

/**
 * The pages a successful call of the mutation at `path` asks to refresh: null for a private one (and an
 * unknown path); for an "event" one, that event's pages when `eventSlug` (looked up from eventKeyOf its
 * input) is known, else everything (never too little); "everything" for the rest.
 */
export function pageScopeFor(path: string, eventSlug: string | null): PageScope | null {
  const effect = MUTATION_EFFECTS[path];
  if (effect === undefined || effect === "private") return null;
  if (effect === "event" && eventSlug) return { kind: "event", slug: eventSlug };
  return { kind: "everything" };
}
