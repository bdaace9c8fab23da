// A hack day whose projects are in, ready to judge: what the judging specs start from.
import { uniqueEmail } from "./auth";
import {
  createPublishedEvent,
  createSubmittedProject,
  createTeamWithCaptain,
  DEADLINE_PASSED,
  type SeededEvent,
} from "./db";

/**
 * A published event whose submission deadline has just passed, organised by `organiserEmail`, with one
 * team per title ("Team 1 <slug>", …), each with a captain and a submitted project of that title.
 * Returns the event, its slug and the captains' emails in the order of `titles`.
 */
export async function createJudgingDay(params: {
  prefix: string;
  organiserEmail: string;
  titles: readonly string[];
}): Promise<{ event: SeededEvent; slug: string; captains: string[] }> {
  const slug = `${params.prefix}-${Date.now().toString(36)}`;
  const event = await createPublishedEvent({
    slug,
    name: `Judging day ${slug}`,
    organiserEmail: params.organiserEmail,
    timeline: DEADLINE_PASSED,
  });
  const captains: string[] = [];
  for (const [i, title] of params.titles.entries()) {
    const captainEmail = uniqueEmail(`${params.prefix}-captain${i}`);
    captains.push(captainEmail);
    const { teamId } = await createTeamWithCaptain({
      eventId: event.id,
      teamName: `Team ${i + 1} ${slug}`,
      captainEmail,
    });
    await createSubmittedProject({ eventId: event.id, teamId, title, description: `All about ${title}.` });
  }
  return { event, slug, captains };
}
