/**
 * Kinds of transaction, after the IATI TransactionType codelist: what a Transaction node's `kind`
 * is, and which kinds count as money that moved from one organisation to another.
 */
export const TRANSACTION_KINDS = [
  'INCOMING_FUNDS',
  'COMMITMENT',
  'DISBURSEMENT',
  'EXPENDITURE',
  'INTEREST_PAYMENT',
  'LOAN_REPAYMENT',
  'REIMBURSEMENT',
  'PURCHASE_OF_EQUITY',
  'SALE_OF_EQUITY',
  'CREDIT_GUARANTEE',
  'INCOMING_COMMITMENT',
  'OUTGOING_PLEDGE',
  'INCOMING_PLEDGE',
] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

const kindSet: ReadonlySet<string> = new Set(TRANSACTION_KINDS);
export function isTransactionKind(text: string): text is TransactionKind {
  return kindSet.has(text);
}

/**
 * What a funding question adds up when it is not told which kinds: money paid out by the
 * provider (disbursements and expenditure). Commitments promise the same money again, and the
 * receiver's incoming funds report it a second time, so they are only added when asked for.
 */
export const PAID_KINDS: readonly TransactionKind[] = ['DISBURSEMENT', 'EXPENDITURE'];
