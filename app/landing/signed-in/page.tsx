import { HomeView } from "~/app/_components/home-view";
import { serverCaller } from "~/app/trpc/server";
import { currentUser } from "~/server/auth";

/**
 * The home page for someone with a session cookie (proxy.ts rewrites "/" here): the published events and
 * their own, rendered for them on every visit. A cookie whose session has ended gets everyone's page.
 */
export default async function SignedInHomePage() {
  const api = await serverCaller();
  const user = await currentUser();
  const [events, home] = await Promise.all([
    api.events.list(),
    user ? api.users.home() : Promise.resolve(null),
  ]);
  return <HomeView events={events} home={home} />;
}
