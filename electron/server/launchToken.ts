import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Browser mode's per-launch secret, as Jupyter does it: the URL printed at start carries it once, the server trades it
 * for a cookie, and the API answers only requests that carry that cookie. Another user or program on the same
 * machine, or a page on another local port, cannot call the API without it.
 */
export interface LaunchToken {
  readonly value: string;
  readonly cookieName: string;
  /** Whether `candidate` is this launch's token (constant time). */
  matches(candidate: string | null | undefined): boolean;
  /** The token from the request's cookie header, if any. */
  fromCookie(cookieHeader: string | undefined): string | null;
  setCookie(): string;
}

export function createLaunchToken(port: number, value = randomBytes(24).toString('base64url')): LaunchToken {
  const expected = Buffer.from(value);
  // Cookies are shared across ports of one host: the name carries the port so two servers do not clash.
  const cookieName = `kyosei_token_${port}`;
  return {
    value,
    cookieName,
    matches(candidate) {
      if (!candidate) return false;
      const given = Buffer.from(candidate);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
    fromCookie(header) {
      if (!header) return null;
      for (const part of header.split(';')) {
        const eq = part.indexOf('=');
        if (eq > 0 && part.slice(0, eq).trim() === cookieName) return part.slice(eq + 1).trim();
      }
      return null;
    },
    setCookie: () => `${cookieName}=${value}; Path=/; HttpOnly; SameSite=Strict`,
  };
}
