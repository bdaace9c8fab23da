import { notFound } from "next/navigation";
import { HomeView } from "~/app/_components/home-view";
import { publicCaller } from "~/app/trpc/server";

// The home page as everyone sees it, served from the page cache (see docs/architecture.md "Page
// cache"). proxy.ts rewrites "/" here for visitors without a session; it is a dynamic segment only so
// that nothing is rendered at build time, when there may be no database to read.
export const revalidate = 30;
export function generateStaticParams(): { audience: string }[] {
  return [];
}

export default async function EveryonesHomePage({ params }: { params: Promise<{ audience: string }> }) {
  if ((await params).audience !== "everyone") notFound();
  const events = await publicCaller().events.list();
  return <HomeView events={events} home={null} />;
}
