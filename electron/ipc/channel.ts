import type { Check } from './validate.js';

/** One API channel: how its arguments are checked and what it does. The contract types are derived from these. */
export interface Channel<A, R> {
  readonly args: Check<A>;
  readonly run: (args: A) => Promise<R> | R;
}

export function channel<A, R>(args: Check<A>, run: (args: A) => Promise<R> | R): Channel<A, R> {
  return { args, run };
}

// `any` only inside the registry's own constraint: channels are invariant in their argument type.
export type AnyChannel = Channel<any, any>;

/** Channel name → { args, result }, derived from a registry of channels. */
export type ContractOf<Registry extends Record<string, AnyChannel>> = {
  [K in keyof Registry]: Registry[K] extends Channel<infer A, infer R> ? { args: A; result: R } : never;
};
