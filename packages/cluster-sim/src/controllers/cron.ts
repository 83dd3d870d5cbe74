/**
 * Cron schedules as the CronJob controller reads them (robfig/cron standard parser): five
 * fields, `*`, ranges, steps, lists, month and weekday names, the @hourly-style macros, and
 * Vixie-cron day matching (day-of-month OR day-of-week when both are restricted).
 */

interface Field {
  values: Set<number>;
  star: boolean;
}

export interface CronSchedule {
  minute: Field;
  hour: Field;
  dom: Field;
  month: Field;
  dow: Field;
}

const MACROS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function parseField(
  text: string,
  min: number,
  max: number,
  names: string[] | undefined,
  nameBase: number,
  schedule: string,
): Field {
  const values = new Set<number>();
  const value = (v: string): number => {
    const i = names?.indexOf(v.toLowerCase()) ?? -1;
    if (i >= 0) return i + nameBase;
    if (!/^\d+$/.test(v)) throw new Error(`unparseable schedule "${schedule}": invalid value "${v}"`);
    return Number(v);
  };
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1)
      throw new Error(`unparseable schedule "${schedule}": invalid step in "${part}"`);
    let lo: number;
    let hi: number;
    if (range === '*' || range === '?') {
      lo = min;
      hi = max;
    } else if (range.includes('-')) {
      const [a, b] = range.split('-');
      lo = value(a);
      hi = value(b);
    } else {
      lo = value(range);
      hi = stepText === undefined ? lo : max;
    }
    if (lo < min || hi > max || lo > hi)
      throw new Error(`unparseable schedule "${schedule}": "${part}" is out of range ${min}-${max}`);
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return { values, star: text === '*' || text === '?' || text.startsWith('*/') };
}

export function parseCron(schedule: string): CronSchedule {
  const text = MACROS[schedule.trim()] ?? schedule.trim();
  const fields = text.split(/\s+/);
  if (fields.length !== 5)
    throw new Error(`unparseable schedule "${schedule}": expected exactly 5 fields, found ${fields.length}`);
  const dow = parseField(fields[4], 0, 7, DAYS, 0, schedule);
  if (dow.values.has(7)) {
    dow.values.delete(7);
    dow.values.add(0);
  }
  return {
    minute: parseField(fields[0], 0, 59, undefined, 0, schedule),
    hour: parseField(fields[1], 0, 23, undefined, 0, schedule),
    dom: parseField(fields[2], 1, 31, undefined, 0, schedule),
    month: parseField(fields[3], 1, 12, MONTHS, 1, schedule),
    dow,
  };
}

interface Parts {
  minute: number;
  hour: number;
  day: number;
  month: number;
  weekday: number;
}

function partsIn(ms: number, timeZone: string | undefined): Parts {
  if (!timeZone || timeZone === 'UTC' || timeZone === 'Etc/UTC') {
    const d = new Date(ms);
    return {
      minute: d.getUTCMinutes(),
      hour: d.getUTCHours(),
      day: d.getUTCDate(),
      month: d.getUTCMonth() + 1,
      weekday: d.getUTCDay(),
    };
  }
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour12: false,
    minute: 'numeric',
    hour: 'numeric',
    day: 'numeric',
    month: 'numeric',
    weekday: 'short',
  });
  const get = (type: string): string => fmt.formatToParts(new Date(ms)).find((p) => p.type === type)?.value ?? '0';
  return {
    minute: Number(get('minute')),
    hour: Number(get('hour')) % 24,
    day: Number(get('day')),
    month: Number(get('month')),
    weekday: DAYS.indexOf(get('weekday').toLowerCase().slice(0, 3)),
  };
}

function matches(s: CronSchedule, p: Parts): boolean {
  if (!s.minute.values.has(p.minute) || !s.hour.values.has(p.hour) || !s.month.values.has(p.month)) return false;
  const domOk = s.dom.values.has(p.day);
  const dowOk = s.dow.values.has(p.weekday);
  if (s.dom.star || s.dow.star) return domOk && dowOk;
  return domOk || dowOk;
}

/** The first scheduled time strictly after `after` (ms), within five years; undefined if none. */
export function nextSchedule(s: CronSchedule, after: number, timeZone?: string): number | undefined {
  let t = Math.floor(after / 60_000) * 60_000 + 60_000;
  const limit = after + 5 * 366 * 24 * 3600_000;
  while (t <= limit) {
    const p = partsIn(t, timeZone);
    if (
      !s.month.values.has(p.month) ||
      !(s.dom.star && s.dow.star ? true : s.dom.values.has(p.day) || s.dow.values.has(p.weekday))
    ) {
      t += (24 * 60 - (p.hour * 60 + p.minute)) * 60_000; // next day
      continue;
    }
    if (!s.hour.values.has(p.hour)) {
      t += (60 - p.minute) * 60_000; // next hour
      continue;
    }
    if (matches(s, p)) return t;
    t += 60_000;
  }
  return undefined;
}
