/** Settings that keep every query on this machine: no extension is fetched, and the repository is our own origin. */
export function offlineSettings(origin: string): string[] {
  return [
    'SET autoinstall_known_extensions = false',
    'SET autoload_known_extensions = false',
    `SET custom_extension_repository = '${origin.replace(/'/g, "''")}/extensions'`,
  ];
}

/**
 * Run once after the offline settings: from then on no statement can read or write a file, reach the network or change
 * a setting back (not even the two above). Arrow inserts from the app's own loading path still work.
 */
export const LOCKDOWN_SETTINGS: readonly string[] = ['SET enable_external_access = false', 'SET lock_configuration = true'];
