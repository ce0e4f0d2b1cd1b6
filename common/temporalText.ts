/** Dates, times and intervals as DuckDB itself prints them (`::VARCHAR`), so grid, CSV and charts agree with SQL. */

const pad = (n: number | bigint, width = 2) => String(n).padStart(width, '0');

/** DATE: 2019-03-31 (from milliseconds since the epoch, UTC). */
export function dateText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** TIMESTAMP: 2019-03-31 12:34:56, with the fraction only when there is one (UTC, as DuckDB keeps it). */
export function timestampText(ms: number): string {
  const iso = new Date(ms).toISOString();
  const fraction = iso.slice(19, 23);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction === '.000' ? '' : fraction.replace(/0+$/, '')}`;
}

/** A time of day or a duration in microseconds: 04:05:06.5, -00:00:01 (hours may pass 24). */
export function timeText(micros: bigint): string {
  const sign = micros < 0n ? '-' : '';
  const abs = micros < 0n ? -micros : micros;
  const seconds = abs / 1_000_000n;
  const fraction = abs % 1_000_000n;
  const clock = `${pad(seconds / 3600n)}:${pad((seconds / 60n) % 60n)}:${pad(seconds % 60n)}`;
  return `${sign}${clock}${fraction === 0n ? '' : `.${pad(fraction, 6).replace(/0+$/, '')}`}`;
}

const unit = (n: number, name: string) => `${n} ${name}${n === 1 || n === -1 ? '' : 's'}`;

/** INTERVAL: "1 year 2 months 3 days 04:05:06.5", "3 days", "00:00:00" (DuckDB's wording; each part keeps its sign). */
export function intervalText(months: number, days: number, micros: bigint): string {
  const years = Math.trunc(months / 12);
  const rest = months % 12;
  const parts: string[] = [];
  if (years !== 0) parts.push(unit(years, 'year'));
  if (rest !== 0) parts.push(unit(rest, 'month'));
  if (days !== 0) parts.push(unit(days, 'day'));
  if (micros !== 0n || parts.length === 0) parts.push(timeText(micros));
  return parts.join(' ');
}
