/**
 * The page's Content Security Policy. No 'unsafe-eval': duckdb-wasm's eval sits in extension loading, which the app
 * turns off, and the engine, the grid and every chart kind (scattergl included) run without it in Chromium (measured
 * by the e2e suite). 'wasm-unsafe-eval' compiles the engine; 'unsafe-inline' styles because AG Grid sets inline styles.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response of the app carries, over app:// and over HTTP alike. */
export function securityHeaders(): Record<string, string> {
  return {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  };
}
