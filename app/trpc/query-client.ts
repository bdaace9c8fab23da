import { defaultShouldDehydrateQuery, MutationCache, QueryClient } from "@tanstack/react-query";
import superjson from "superjson";
import { announceChange } from "~/app/_components/personal-changes";

export function makeQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // After any change succeeds, what the browser asked for itself (the header's account, the event
    // page's personal parts, other queries) is asked again: a saved name or a new role shows at once.
    mutationCache: new MutationCache({
      onSuccess: () => {
        if (typeof window !== "undefined") announceChange();
        void client.invalidateQueries();
      },
    }),
    defaultOptions: {
      queries: { staleTime: 30_000 },
      dehydrate: {
        serializeData: superjson.serialize,
        // Pending queries are streamed to the client too.
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
  return client;
}
