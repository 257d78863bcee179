/**
 * An activity's money: each `transaction` a Transaction node (its kind, exact value, currency,
 * dates, provider and receiver), each `budget` a Budget, each `planned-disbursement` a
 * PlannedDisbursement, all FOR_PROJECT the activity's project, with PROVIDES / RECEIVES from the
 * organisations named. Keys are the activity's identifier and the element's position in it.
 */
import { isCurrencyCode } from '../../domain/currencies.js';
import type { GraphNode, Properties } from '../../domain/graph-records.js';
import { parseAmount } from '../../domain/money.js';
import type { NodeType } from '../../domain/node-types.js';
import { dateOf, FieldError } from '../import/field-values.js';
import { preview } from '../import/value-preview.js';
import { BUDGET_STATUSES, BUDGET_TYPES, transactionType } from './iati-codelists.js';
import { actorFor, cite, refuse, where, type ActivityContext } from './iati-context.js';
import { attr, first, ownText, textIn, type XmlElement } from './iati-xml.js';

/** `2012-04-15`, `2012-04-15Z`, `2012-04-15T00:00:00` → `2012-04-15`; refused when not a real date. */
function dayOf(text: string | undefined, field: string): string | undefined {
  if (text === undefined) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}(?=$|[TZ+-])/.exec(text)?.[0] ?? text;
  return dateOf(day, field);
}

/** The props of an element's value: the exact amount as decimal text, its ISO 4217 currency. */
type MoneyValue = { value: string; currency: string; valueDate?: string };

/** An element's value: exact amount, currency (its own or the activity's default), value date. */
function valueOf(ctx: ActivityContext, el: XmlElement, kind: string): MoneyValue | string {
  const valueEl = first(el.value);
  const text = ownText(valueEl);
  if (text === undefined) return `${kind} has no value`;
  const amount = parseAmount(text);
  if (amount === undefined) return `${kind} value ${preview(text)} is not a decimal number`;
  const currency = attr(valueEl, 'currency') ?? ctx.defaultCurrency;
  if (currency === undefined)
    return `${kind} value has no currency, and the activity no default-currency`;
  if (!isCurrencyCode(currency))
    return `${kind} currency ${preview(currency)} is not an ISO 4217 code`;
  const props: MoneyValue = { value: amount, currency };
  const valueDate = dayOf(attr(valueEl, 'value-date'), `${kind} value-date`);
  if (valueDate) props.valueDate = valueDate;
  return props;
}

function moneyNode(
  ctx: ActivityContext,
  el: XmlElement,
  type: NodeType,
  key: string,
  name: string,
  props: Properties,
): GraphNode {
  const node: GraphNode = { key, type, name, aliases: [], props, sources: [cite(ctx, el)] };
  const description = textIn(el.description, ctx.lang);
  if (description) node.description = description.text;
  return node;
}

/** Links the money node to the project and to the organisations that provide and receive it. */
function link(ctx: ActivityContext, el: XmlElement, key: string, kind: string): void {
  const { batch } = ctx;
  const provenance = cite(ctx, el);
  batch.addEdge(
    { type: 'FOR_PROJECT', from: key, to: ctx.projectKey, source: provenance },
    where(ctx, el),
  );
  const ends: [string, 'PROVIDES' | 'RECEIVES'][] = [
    ['provider-org', 'PROVIDES'],
    ['receiver-org', 'RECEIVES'],
  ];
  for (const [element, type] of ends) {
    const org = first(el[element]);
    if (org === undefined) continue;
    const actor = actorFor(ctx, org, `${kind} ${element}`);
    if (actor)
      batch.addEdge({ type, from: actor, to: key, source: cite(ctx, org) }, where(ctx, org));
  }
}

/** Names and activity ids of the provider and receiver as written, kept on the node. */
function partyProps(ctx: ActivityContext, el: XmlElement, props: Properties): void {
  for (const [element, prefix] of [
    ['provider-org', 'provider'],
    ['receiver-org', 'receiver'],
  ] as const) {
    const org = first(el[element]);
    if (org === undefined) continue;
    const name = textIn(org, ctx.lang);
    if (name) props[`${prefix}Name`] = name.text;
    const ref = attr(org, 'ref');
    if (ref) props[`${prefix}Ref`] = ref;
    const activity = attr(org, `${prefix}-activity-id`);
    if (activity) props[`${prefix}ActivityId`] = activity;
  }
}

export function readTransactions(ctx: ActivityContext, list: (XmlElement | string)[]): void {
  list.forEach((el, i) => {
    if (typeof el === 'string') {
      refuse(ctx, 'transaction', el, 'empty', 'transaction is empty');
      return;
    }
    try {
      const typeCode = attr(first(el['transaction-type']), 'code');
      const type = typeCode === undefined ? undefined : transactionType(typeCode);
      if (!type) {
        refuse(
          ctx,
          'transaction',
          el,
          'transaction-type not on the codelist',
          `transaction-type ${preview(typeCode ?? '')} is not on the TransactionType codelist`,
        );
        return;
      }
      const value = valueOf(ctx, el, 'transaction');
      if (typeof value === 'string') {
        refuse(ctx, 'transaction', el, 'value unreadable', value);
        return;
      }
      const props: Properties = { kind: type.kind, iatiTransactionType: type.name, ...value };
      const date = dayOf(attr(first(el['transaction-date']), 'iso-date'), 'transaction-date');
      if (date) props.date = date;
      const ref = attr(el, 'ref');
      if (ref) props.ref = ref;
      for (const [element, prop] of [
        ['flow-type', 'flowType'],
        ['finance-type', 'financeType'],
        ['aid-type', 'aidType'],
        ['tied-status', 'tiedStatus'],
        ['disbursement-channel', 'disbursementChannel'],
      ] as const) {
        const code = attr(first(el[element]), 'code');
        if (code) props[prop] = code;
      }
      partyProps(ctx, el, props);
      const key = `transaction:iati:${ctx.identifier}:${i + 1}`;
      const name = `${type.name} ${value.value} ${value.currency}${date ? `, ${date}` : ''}`;
      if (!ctx.batch.addNode(moneyNode(ctx, el, 'Transaction', key, name, props), where(ctx, el)))
        return;
      link(ctx, el, key, 'transaction');
      ctx.batch.took('transaction');
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      refuse(ctx, 'transaction', el, 'date unreadable', error.message);
    }
  });
}

/** Budgets and planned disbursements: a value over a period. */
export function readPeriods(
  ctx: ActivityContext,
  list: (XmlElement | string)[],
  kind: 'budget' | 'planned-disbursement',
): void {
  const type: NodeType = kind === 'budget' ? 'Budget' : 'PlannedDisbursement';
  list.forEach((el, i) => {
    if (typeof el === 'string') {
      refuse(ctx, kind, el, 'empty', `${kind} is empty`);
      return;
    }
    try {
      const value = valueOf(ctx, el, kind);
      if (typeof value === 'string') {
        refuse(ctx, kind, el, 'value unreadable', value);
        return;
      }
      const props: Properties = { ...value };
      const start = dayOf(attr(first(el['period-start']), 'iso-date'), `${kind} period-start`);
      const end = dayOf(attr(first(el['period-end']), 'iso-date'), `${kind} period-end`);
      if (start) props.periodStart = start;
      if (end) props.periodEnd = end;
      const budgetType = BUDGET_TYPES[attr(el, 'type') ?? ''];
      if (budgetType) props.budgetType = budgetType;
      const status = BUDGET_STATUSES[attr(el, 'status') ?? ''];
      if (kind === 'budget' && status) props.budgetStatus = status;
      if (kind === 'planned-disbursement') partyProps(ctx, el, props);
      const label = kind === 'budget' ? 'Budget' : 'Planned disbursement';
      const key = `${kind}:iati:${ctx.identifier}:${i + 1}`;
      const name = `${label} ${start ?? '?'} to ${end ?? '?'}: ${value.value} ${value.currency}`;
      if (!ctx.batch.addNode(moneyNode(ctx, el, type, key, name, props), where(ctx, el))) return;
      if (kind === 'budget')
        ctx.batch.addEdge(
          { type: 'FOR_PROJECT', from: key, to: ctx.projectKey, source: cite(ctx, el) },
          where(ctx, el),
        );
      else link(ctx, el, key, kind);
      ctx.batch.took(kind);
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      refuse(ctx, kind, el, 'date unreadable', error.message);
    }
  });
}
