/** Settings that keep every query on this machine: no extension is fetched, and the repository is our own origin. */
export function offlineSettings(origin: string): string[] {
  return [
    'SET autoinstall_known_extensions = false',
    'SET autoload_known_extensions = false',
    `SET custom_extension_repository = '${origin.replace(/'/g, "''")}/extensions'`,
  ];
}
