/**
 * Generators shared by the property tests. Dates are built from year, month and day
 * with an independent day count (the UTC calendar of the JS engine), so the tests do not
 * trust the library's own conversion to make their inputs.
 */
import fc from "fast-check";

/** Days in a month by the engine's UTC calendar: independent of the library's table. */
export function engineDaysInMonth(year: number, month: number): number {
  const probe = new Date(0);
  probe.setUTCFullYear(year, month, 0);
  return probe.getUTCDate();
}

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

export function isoOf(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** A year of ordinary records: wide enough to cross many leap years and centuries. */
export const recordYear = fc.integer({ min: 1900, max: 2200 });

/**
 * A calendar date, biased toward the days where month arithmetic goes wrong: the
 * 28th–31st of a month and 29 February.
 */
export const calendarDate: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({ year: recordYear, month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => isoOf(year, month, Math.min(day, engineDaysInMonth(year, month)))),
  fc
    .record({ year: recordYear, month: fc.integer({ min: 1, max: 12 }), back: fc.integer({ min: 0, max: 3 }) })
    .map(({ year, month, back }) => isoOf(year, month, engineDaysInMonth(year, month) - back)),
  recordYear
    .filter((year) => engineDaysInMonth(year, 2) === 29)
    .map((year) => isoOf(year, 2, 29)),
);

/** Whole month counts used by the opinion's periods and a little beyond. */
export const monthCount = fc.integer({ min: 0, max: 36 });

/** Time zones far apart, including ones with daylight saving and a half-hour offset. */
export const TIME_ZONES = [
  "UTC",
  "Asia/Shanghai",
  "America/Los_Angeles",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "Asia/Kolkata",
  "Europe/London",
] as const;

/** Runs `compute` under each time zone (Node reads TZ on change) and returns the results. */
export function underEachTimeZone<T>(compute: () => T): T[] {
  const saved = process.env.TZ;
  try {
    return TIME_ZONES.map((zone) => {
      process.env.TZ = zone;
      return compute();
    });
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}
