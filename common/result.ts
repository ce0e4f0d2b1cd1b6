/** Errors cross every boundary as values: a user-readable message and a stable code. */
export interface ApiError {
  code: 'invalid_args' | 'unknown_channel' | 'forbidden' | 'not_found' | 'refused' | 'failed';
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ApiError['code'], message: string): Result<never> => ({ ok: false, error: { code, message } });

/**
 * A request the user can put right (a bad name, a missing or protected file, a notebook too large): it crosses the
 * boundary with its own code, and browser mode answers it with a 4xx, never as a server fault.
 */
export class UserError extends Error {
  constructor(
    readonly apiCode: 'not_found' | 'refused',
    message: string,
  ) {
    super(message);
  }
}

/** The HTTP status for an API error in browser mode. */
export function httpStatusOf(code: ApiError['code']): number {
  switch (code) {
    case 'invalid_args':
    case 'unknown_channel':
      return 400;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'refused':
      return 422;
    case 'failed':
      return 500;
  }
}
