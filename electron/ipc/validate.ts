/** Argument validators: every value arriving over IPC or HTTP is untrusted until one of these accepts it. */

export type Check<T> = (value: unknown, path: string) => T;

export class ArgumentError extends Error {
  override name = 'ArgumentError';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export function str(options: { max?: number; min?: number; pattern?: RegExp } = {}): Check<string> {
  const max = options.max ?? 10_000;
  return (value, path) => {
    if (typeof value !== 'string') throw new ArgumentError(`${path}: 文字列が必要です (got ${describe(value)})`);
    if (value.length > max) throw new ArgumentError(`${path}: ${max} 文字以内にしてください (got ${value.length})`);
    if (options.min !== undefined && value.length < options.min) throw new ArgumentError(`${path}: ${options.min} 文字以上が必要です`);
    if (options.pattern && !options.pattern.test(value)) throw new ArgumentError(`${path}: 形式が正しくありません`);
    return value;
  };
}

export function int(options: { min?: number; max?: number } = {}): Check<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) throw new ArgumentError(`${path}: 整数が必要です (got ${describe(value)})`);
    if (options.min !== undefined && value < options.min) throw new ArgumentError(`${path}: ${options.min} 以上が必要です`);
    if (options.max !== undefined && value > options.max) throw new ArgumentError(`${path}: ${options.max} 以下が必要です`);
    return value;
  };
}

export function oneOf<const T extends string>(allowed: readonly T[]): Check<T> {
  return (value, path) => {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      throw new ArgumentError(`${path}: ${allowed.join(' | ')} のいずれかが必要です`);
    }
    return value as T;
  };
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, path) => (value === undefined ? undefined : check(value, path));
}

type Shape = Record<string, Check<unknown>>;
type ShapeValue<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/** A plain object with exactly these keys (unknown keys are refused, so typos fail loudly). */
export function obj<S extends Shape>(shape: S): Check<ShapeValue<S>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ArgumentError(`${path}: オブジェクトが必要です (got ${describe(value)})`);
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!(key in shape)) throw new ArgumentError(`${path}.${key}: 不明な引数です`);
    }
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const v = check(record[key], `${path}.${key}`);
      if (v !== undefined) out[key] = v;
    }
    return out as ShapeValue<S>;
  };
}

/** No arguments: accepts undefined, null or {}. */
export const none: Check<Record<string, never>> = (value, path) => {
  if (value === undefined || value === null) return {};
  return obj({})(value, path) as Record<string, never>;
};
