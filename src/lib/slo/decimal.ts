// Exact decimals for the figures every generated file prints. A float cannot hold 0.001, so
// 1 - 0.999 gives 0.0010000000000000009 and Sloth's rules print 0.0009999999999999432; here a
// value is a whole number of units at a power of ten (bigint), and sums, differences and products
// are exact. Only a division can fail to end, and it says how many places it rounds to.

/** An exact decimal: `units / 10^scale`. */
export interface Decimal {
  readonly units: bigint;
  /** Digits after the point, zero or more. */
  readonly scale: number;
}

/** The shapes a decimal may be written in: "99.9", "-0.5", "1e-7" (what String(number) gives). */
const DECIMAL_TEXT = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

const TEN = 10n;
const pow10 = (places: number) => TEN ** BigInt(places);

/** Reads a decimal from its text, or from a number through its shortest text (0.1 is "0.1", never 0.1000000000000000055…). */
export function decimal(value: number | string | Decimal): Decimal {
  if (typeof value === 'object') return value;
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`expected a finite number, got ${value}`);
  const text = String(value).trim();
  const match = DECIMAL_TEXT.exec(text);
  if (match === null || (match[2] === '' && (match[3] ?? '') === '')) throw new RangeError(`expected a decimal number such as 99.9, got "${text}"`);
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  let units = BigInt(`${whole}${fraction}` || '0');
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return normalize({ units: sign === '-' ? -units : units, scale });
}

/** The same value with no trailing zeros after the point: 43.200 is 43.2. */
function normalize(value: Decimal): Decimal {
  let { units, scale } = value;
  while (scale > 0 && units % TEN === 0n) {
    units /= TEN;
    scale -= 1;
  }
  return { units, scale };
}

/** Both values at the larger of their scales, so their units can be added or compared. */
function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

/** a + b, exactly. */
export function add(a: number | string | Decimal, b: number | string | Decimal): Decimal {
  const [x, y, scale] = aligned(decimal(a), decimal(b));
  return normalize({ units: x + y, scale });
}

/** a − b, exactly: 100 − 99.9 is 0.1. */
export function subtract(a: number | string | Decimal, b: number | string | Decimal): Decimal {
  const [x, y, scale] = aligned(decimal(a), decimal(b));
  return normalize({ units: x - y, scale });
}

/** a × b, exactly: 14.4 × 0.001 is 0.0144. */
export function multiply(a: number | string | Decimal, b: number | string | Decimal): Decimal {
  const x = decimal(a);
  const y = decimal(b);
  return normalize({ units: x.units * y.units, scale: x.scale + y.scale });
}

/** a ÷ 10^places, exactly: a percentage as a ratio is shift(percent, 2). */
export function shift(a: number | string | Decimal, places: number): Decimal {
  if (!Number.isInteger(places) || places < 0) throw new RangeError(`expected a whole number of places, got ${places}`);
  const x = decimal(a);
  return normalize({ units: x.units, scale: x.scale + places });
}

/**
 * a ÷ b, rounded half away from zero to at most `places` digits after the point: 30 ÷ 7 to four
 * places is 4.2857. Exact whenever the quotient ends within `places` digits (43,200 ÷ 60 is 720).
 */
export function divide(a: number | string | Decimal, b: number | string | Decimal, places: number): Decimal {
  if (!Number.isInteger(places) || places < 0) throw new RangeError(`expected a whole number of places, got ${places}`);
  const x = decimal(a);
  const y = decimal(b);
  if (y.units === 0n) throw new RangeError('cannot divide by zero');
  // x/y = (xu / 10^xs) / (yu / 10^ys); scaled to `places` digits: xu * 10^(places + ys - xs) / yu.
  const exponent = places + y.scale - x.scale;
  let numerator = x.units;
  let denominator = y.units;
  if (exponent >= 0) numerator *= pow10(exponent);
  else denominator *= pow10(-exponent);
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let quotient = n / d;
  if ((n % d) * 2n >= d) quotient += 1n;
  return normalize({ units: negative ? -quotient : quotient, scale: places });
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function compare(a: number | string | Decimal, b: number | string | Decimal): -1 | 0 | 1 {
  const [x, y] = aligned(decimal(a), decimal(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** True when the value has no digits after the point. */
export function isWhole(a: number | string | Decimal): boolean {
  return decimal(a).scale === 0;
}

/** The value as plain digits, never an exponent, with no trailing zeros: "0.001", "43.2", "720". */
export function decimalText(a: number | string | Decimal): string {
  const { units, scale } = decimal(a);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString();
  if (scale === 0) return `${negative ? '-' : ''}${digits}`;
  const padded = digits.padStart(scale + 1, '0');
  return `${negative ? '-' : ''}${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}

/**
 * The value as a number, for a writer that takes numbers (YAML): the nearest double, whose
 * shortest text is the decimal's own as long as it has at most 15 significant digits.
 */
export function decimalNumber(a: number | string | Decimal): number {
  return Number(decimalText(a));
}
