// The Content-Security-Policy every page is served with (next.config.mjs). Plain ESM so next.config.mjs
// can import it; unit-tested in csp.test.ts.
//
// Scripts: only this site's own files and inline scripts. Not nonces or hashes: Next's inline scripts
// carry each page's data and differ per page, and a nonce differs per request, so either would stop
// the public pages from being cached and served to everyone (docs/architecture.md "Page cache").
// Inline script injection is prevented where it starts (React escapes text; Markdown is rendered with
// raw HTML escaped and unsafe URL schemes refused); what this policy adds is that no script can be
// loaded from another site, nothing can be evaluated from strings (eval), and nothing can be sent to
// another site by script (connect-src), framed (but for the two live stream players), or posted by a
// form elsewhere.

/**
 * The policy's directives for a deployment: `development` (next dev) also allows eval (React's dev
 * tools use it) and WebSocket connections (hot reload).
 * @param {{ development: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ development }) {
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    // Markdown may show pictures from other https sites; uploads and generated covers are our own.
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(development ? ["ws:", "wss:"] : [])],
    "media-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    // The live stream players the finals page embeds (server/finals/rules.ts STREAM_FRAME_ORIGINS).
    "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "object-src": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}
