import { notFound } from "next/navigation";

/**
 * Any address no other route answers: the locale's own "Page not found" (app/[locale]/not-found.tsx), in
 * the site's frame. (Without this, an unknown address would get Next's bare default page, as the root layout
 * is under [locale].)
 */
export default function UnknownAddress(): never {
  notFound();
}
