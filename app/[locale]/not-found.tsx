import Link from "next/link";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";

export default function NotFound() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className={pageTitleClass}>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or it may not be public yet.</p>
      <p>
        <Link href="/" className={linkClass}>
          See all events
        </Link>
      </p>
    </div>
  );
}
