/**
 * The most a request body may carry, in bytes: enough for a batch of a few 2 MB image uploads (base64
 * makes them a third larger) or a 1 MB scores file; anything bigger is refused before it is parsed.
 */
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

/**
 * The request's body as text, or null when it is larger than `limit` bytes: refused at once by a
 * Content-Length over the limit, and otherwise (a chunked body that does not say its length) by
 * stopping the read as soon as the limit is passed, so an endless body costs at most `limit` bytes.
 */
export async function readLimitedBody(
  request: Request,
  limit: number = MAX_REQUEST_BYTES,
): Promise<string | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
