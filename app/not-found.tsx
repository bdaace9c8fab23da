import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p>There is nothing at this address. It may have moved, or it may not be public yet.</p>
      <p>
        <Link href="/" className="text-brand-700 underline">
          See all events
        </Link>
      </p>
    </div>
  );
}
