import { describe, expect, it } from 'vitest';
import { ArgumentError, int, none, obj, oneOf, optional, str } from '../../../electron/ipc/validate';

describe('argument validators', () => {
  it('accepts well-formed arguments and returns exactly the declared keys', () => {
    const check = obj({ sql: str({ max: 10 }), limit: optional(int({ min: 1 })) });
    expect(check({ sql: 'SELECT 1' }, 'args')).toEqual({ sql: 'SELECT 1' });
    expect(check({ sql: 'SELECT 1', limit: 5 }, 'args')).toEqual({ sql: 'SELECT 1', limit: 5 });
  });

  it.each([
    ['not an object', 'SELECT 1', 'args: オブジェクトが必要です (got string)'],
    ['an array', ['x'], 'args: オブジェクトが必要です (got array)'],
    ['a wrong type', { sql: 1 }, 'args.sql: 文字列が必要です (got number)'],
    ['too long', { sql: 'x'.repeat(11) }, 'args.sql: 10 文字以内にしてください (got 11)'],
    ['an unknown key', { sql: 'a', path: '/etc/passwd' }, 'args.path: 不明な引数です'],
    ['a non-integer', { sql: 'a', limit: 1.5 }, 'args.limit: 整数が必要です (got number)'],
    ['below the minimum', { sql: 'a', limit: 0 }, 'args.limit: 1 以上が必要です'],
  ])('refuses %s with a message naming the field', (_name, value, message) => {
    const check = obj({ sql: str({ max: 10 }), limit: optional(int({ min: 1 })) });
    expect(() => check(value, 'args')).toThrow(new ArgumentError(message));
  });

  it('oneOf accepts only the listed names', () => {
    const check = oneOf(['entities', 'lines'] as const);
    expect(check('lines', 'name')).toBe('lines');
    expect(() => check('__proto__', 'name')).toThrow('name: entities | lines のいずれかが必要です');
  });

  it('none accepts nothing, null or {} and refuses any key', () => {
    expect(none(undefined, 'args')).toEqual({});
    expect(none(null, 'args')).toEqual({});
    expect(none({}, 'args')).toEqual({});
    expect(() => none({ x: 1 }, 'args')).toThrow('args.x: 不明な引数です');
  });
});
