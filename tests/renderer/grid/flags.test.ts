import { describe, expect, it } from 'vitest';
import { flagColumnsFor } from '../../../renderer/grid/flags';

describe('which flag column explains which value', () => {
  it('ties welfare_rate_flag to the welfare_rate columns, and nothing else', () => {
    const map = flagColumnsFor(['entity_id', 'welfare_rate', 'welfare_rate_unit', 'welfare_rate_permille', 'welfare_rate_flag', 'welfare', 'aging_rate']);
    expect([...map]).toEqual([
      ['welfare_rate', 'welfare_rate_flag'],
      ['welfare_rate_unit', 'welfare_rate_flag'],
      ['welfare_rate_permille', 'welfare_rate_flag'],
    ]);
  });
});
