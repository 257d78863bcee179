/**
 * Money in the details panel: an actor's funding (what it paid and received, in euros, and to
 * and from whom) and a funding flow's transactions, each with its source and quote. Amounts come
 * from the API as exact decimal text; they are turned into numbers here only to be written.
 */
import { loadActorFunding, loadFlow } from './api.js';
import { actorLink, endLinks, failed } from './details.js';
import { h, present } from './dom.js';
import type {
  ExplorerMoneyTotalsFragment,
  ExplorerProvenanceFragment,
} from './generated/graphql.js';
import type { SelectionEdge, SelectionNode } from './selection.js';

const euros = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' });

/** `€1,234.56`, from the API's decimal text. */
export function eurosOf(amount: string): string {
  return euros.format(Number(amount));
}

/** What a total says: the euros, how many amounts, and what could not be converted. */
function totalText(totals: ExplorerMoneyTotalsFragment, count: number): string {
  const missing = totals.converted.notConverted.map((n) => `${n.amount} ${n.currency}`);
  return (
    `${eurosOf(totals.converted.amount)} in ${count} transaction${count === 1 ? '' : 's'}` +
    (missing.length > 0 ? ` (not converted: ${missing.join(', ')})` : '')
  );
}

interface FlowSummary {
  transactionCount: number;
  firstDate?: string | null;
  lastDate?: string | null;
  totals: ExplorerMoneyTotalsFragment;
}

function years(first?: string | null, last?: string | null): string {
  if (!first) return '';
  const [a, b] = [first.slice(0, 4), (last ?? first).slice(0, 4)];
  return a === b ? `, ${a}` : `, ${a}–${b}`;
}

/**
 * The funding section of an actor's panel: filled when the API answers (it has the class
 * `funding` and, once filled, `data-state="ready"`).
 */
export function fundingSection(key: string, asOf: string | undefined): HTMLElement {
  const section = h(
    'section',
    { class: 'funding', 'data-state': 'loading' },
    h('h3', {}, 'Funding'),
    h('p', { role: 'status' }, 'Loading…'),
  );
  void fill(section, key, asOf);
  return section;
}

async function fill(section: HTMLElement, key: string, asOf: string | undefined): Promise<void> {
  let answer;
  try {
    answer = await loadActorFunding(key, asOf);
  } catch (error) {
    section.replaceChildren(h('h3', {}, 'Funding'), h('p', { role: 'alert' }, String(error)));
    section.dataset.state = 'error';
    return;
  }
  const { actor, given, received } = answer;
  const paid = actor.fundingGiven;
  const got = actor.fundingReceived;
  const flowItem = (other: { id: string; name: string } | null | undefined, flow: FlowSummary) =>
    h(
      'li',
      {},
      other ? actorLink(other.id, other.name) : h('span', {}, 'not stated'),
      `: ${totalText(flow.totals, flow.transactionCount)}${years(flow.firstDate, flow.lastDate)}`,
    );
  section.replaceChildren(
    ...present(
      h('h3', {}, 'Funding'),
      paid.totalCount + got.totalCount === 0
        ? h('p', {}, 'No disbursement or expenditure recorded.')
        : h(
            'dl',
            {},
            h('dt', {}, 'Paid'),
            h('dd', { 'data-funding': 'given' }, totalText(paid.totals, paid.totalCount)),
            h('dt', {}, 'Received'),
            h('dd', { 'data-funding': 'received' }, totalText(got.totals, got.totalCount)),
          ),
      given.totalCount > 0 ? h('h4', {}, `To (${given.totalCount})`) : null,
      given.totalCount > 0
        ? h('ul', { class: 'relations' }, ...given.edges.map((e) => flowItem(e.node.to, e.node)))
        : null,
      received.totalCount > 0 ? h('h4', {}, `From (${received.totalCount})`) : null,
      received.totalCount > 0
        ? h(
            'ul',
            { class: 'relations' },
            ...received.edges.map((e) => flowItem(e.node.from, e.node)),
          )
        : null,
      h(
        'p',
        { class: 'note' },
        'Disbursements and expenditure, each converted at its value date’s month (FRED H.10 rates).',
      ),
    ),
  );
  section.dataset.state = 'ready';
  section.dispatchEvent(new CustomEvent('funding-ready', { bubbles: true }));
}

/** The panel of a funding flow: its total and its transactions, with sources and quotes. */
export async function showFlow(
  panel: HTMLElement,
  edge: SelectionEdge,
  from: SelectionNode,
  to: SelectionNode,
  asOf: string | undefined,
  provenance: (sources: readonly ExplorerProvenanceFragment[]) => HTMLElement | null,
): Promise<void> {
  panel.replaceChildren(
    h('h2', { tabindex: '-1', 'data-edge': edge.key }, 'Funding: ', from.name, ' → ', to.name),
    h('p', { role: 'status' }, 'Loading…'),
  );
  let flow;
  try {
    flow = (await loadFlow(from.key, to.key, asOf)).funding.edges[0]?.node;
  } catch (error) {
    failed(panel, error);
    return;
  }
  panel.replaceChildren(
    h('h2', { tabindex: '-1', 'data-edge': edge.key }, 'Funding: ', from.name, ' → ', to.name),
    endLinks(from, ' → ', to),
    flow
      ? h('p', { class: 'meta' }, totalText(flow.totals, flow.transactionCount))
      : h('p', { role: 'alert' }, 'The API no longer lists this flow.'),
    ...(flow
      ? [
          h(
            'ul',
            { class: 'relations' },
            ...flow.transactions.edges.map(({ node: t }) =>
              h(
                'li',
                {},
                h('strong', {}, t.name),
                t.converted?.amount
                  ? ` — ${eurosOf(t.converted.amount)}`
                  : t.converted?.notConvertedBecause
                    ? ` — not converted: ${t.converted.notConvertedBecause}`
                    : '',
                provenance(t.sources),
              ),
            ),
          ),
        ]
      : []),
  );
}
