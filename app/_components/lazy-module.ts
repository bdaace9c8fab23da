/**
 * A module the browser loads when it is first needed, then keeps: `load()` starts the import (or
 * returns the one under way). Forms load their validation schemas this way, so the validation library
 * (zod, about 30 kB compressed) is not part of a page's first load: a form starts the import when the
 * visitor first focuses it (`onFocus={() => void load()}`) and awaits it when submitted.
 */
export function lazyModule<T>(importer: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= importer().catch((error: unknown) => {
      // A failed download (a dropped connection) is tried again next time.
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
