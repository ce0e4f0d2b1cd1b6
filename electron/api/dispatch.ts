import type { AnyChannel } from '../ipc/channel.js';
import { fail, ok, UserError, type Result } from '../../common/result.js';
import { ArgumentError } from '../ipc/validate.js';

/** Validates the arguments and runs one channel; every failure comes back as a value, never as a throw. */
export async function dispatch(registry: Record<string, AnyChannel>, name: string, rawArgs: unknown): Promise<Result<unknown>> {
  if (!Object.hasOwn(registry, name)) return fail('unknown_channel', `不明な API です: ${name}`);
  const ch = registry[name];
  let args: unknown;
  try {
    args = ch.args(rawArgs, 'args');
  } catch (e) {
    if (e instanceof ArgumentError) return fail('invalid_args', e.message);
    throw e;
  }
  try {
    return ok(await ch.run(args));
  } catch (e) {
    if (e instanceof UserError) return fail(e.apiCode, e.message);
    return fail('failed', e instanceof Error ? e.message : String(e));
  }
}
