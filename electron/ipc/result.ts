/** Errors cross every boundary as values: a user-readable message and a stable code. */
export interface ApiError {
  code: 'invalid_args' | 'unknown_channel' | 'forbidden' | 'not_found' | 'failed';
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ApiError['code'], message: string): Result<never> => ({ ok: false, error: { code, message } });
