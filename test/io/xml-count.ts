/**
 * Counting in IATI XML by plain text matching, apart from the importer (no XML parser, no
 * decimal library): elements by name, attributes, values as integer hundredths. What the tests
 * compare the importer's output with.
 */

/** The text of each `<name …>…</name>` or `<name …/>` element (elements that do not nest). */
export function elementsNamed(xml: string, name: string): string[] {
  const pattern = new RegExp(`<${name}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, 'g');
  return xml.match(pattern) ?? [];
}

/** The activities of a file: the text from each `<iati-activity` to its end. */
export function activitiesOf(xml: string): string[] {
  return elementsNamed(xml, 'iati-activity');
}

/** An attribute of an element's start tag. */
export function attribute(element: string, name: string): string | undefined {
  const start = /^<[^>]*>/.exec(element)?.[0] ?? '';
  return new RegExp(`\\s${name}="([^"]*)"`).exec(start)?.[1];
}

/** `1500000.00` → 150000000n hundredths (the fixtures' values have at most two decimals). */
export function hundredths(text: string): bigint {
  const match = /^\s*(-?)(\d+)(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) throw new Error(`not an amount with at most two decimals: ${text}`);
  const value = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -value : value;
}

/** Hundredths back to decimal text without trailing zeros, as the store keeps amounts. */
export function decimalText(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  const whole = abs / 100n;
  const cents = abs % 100n;
  if (cents === 0n) return `${sign}${whole}`;
  return `${sign}${whole}.${cents.toString().padStart(2, '0').replace(/0$/, '')}`;
}

/** The IATI TransactionType codes, 2.0x numbers and 1.0x letters, as the kinds tests expect. */
const KINDS: Record<string, string> = {
  '1': 'INCOMING_FUNDS',
  IF: 'INCOMING_FUNDS',
  '2': 'COMMITMENT',
  C: 'COMMITMENT',
  '3': 'DISBURSEMENT',
  D: 'DISBURSEMENT',
  '4': 'EXPENDITURE',
  E: 'EXPENDITURE',
};

/** Transactions per kind and currency: how many, and their sum as decimal text. */
export function transactionSums(xml: string): Record<string, { count: number; sum: string }> {
  const sums = new Map<string, { count: number; sum: bigint }>();
  for (const activity of activitiesOf(xml)) {
    const defaultCurrency = attribute(activity, 'default-currency');
    for (const transaction of elementsNamed(activity, 'transaction')) {
      const type = attribute(elementsNamed(transaction, 'transaction-type')[0]!, 'code')!;
      const value = elementsNamed(transaction, 'value')[0]!;
      const currency = attribute(value, 'currency') ?? defaultCurrency!;
      const amount = />([^<]*)</.exec(value)![1]!;
      const id = `${KINDS[type]} ${currency}`;
      const entry = sums.get(id) ?? { count: 0, sum: 0n };
      sums.set(id, { count: entry.count + 1, sum: entry.sum + hundredths(amount) });
    }
  }
  return Object.fromEntries(
    [...sums]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, { count, sum }]) => [id, { count, sum: decimalText(sum) }]),
  );
}
