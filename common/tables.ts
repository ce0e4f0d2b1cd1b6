/** The tables of the contract (docs: ARCHITECTURE.md), in the order the app loads and lists them. */
export const TABLE_NAMES = [
  'entities',
  'programs',
  'fields',
  'lines',
  'parse_warnings',
  'targets',
  'results',
  'attainment',
  'entity_attainment',
  'area_members',
] as const;

export type TableName = (typeof TABLE_NAMES)[number];
