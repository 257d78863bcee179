/**
 * The filter form: region, theme, SDG (options from the API), actor kinds, year; it shows a
 * view state and reads the next one. The legend of partnership kinds sits with it.
 */
import { loadOptions } from './api.js';
import { byId, h } from './dom.js';
import {
  ACTOR_COLOURS,
  ACTOR_LABELS,
  EDGE_COLOURS,
  FUNDING_LABEL,
  PARTNERSHIP_COLOURS,
  PARTNERSHIP_LABELS,
} from './palette.js';
import { ACTOR_KINDS, DEFAULT_LIMIT, type ViewState } from './state.js';

const AS_OF = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export class FilterForm {
  private readonly form = byId<HTMLFormElement>('filters');
  private readonly region = byId<HTMLSelectElement>('region');
  private readonly theme = byId<HTMLSelectElement>('theme');
  private readonly sdg = byId<HTMLSelectElement>('sdg');
  private readonly asOf = byId<HTMLInputElement>('asOf');
  private readonly flows: HTMLInputElement;

  /** `onChange` gets the state the form now asks for, built on the current one. */
  constructor(
    private readonly current: () => ViewState,
    onChange: (next: ViewState) => void,
  ) {
    this.buildKinds();
    this.flows = this.buildFlows();
    this.buildLegend();
    this.form.addEventListener('change', (event) => {
      if (event.target === this.asOf && !this.asOf.checkValidity()) return;
      onChange(this.read());
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.asOf.checkValidity()) onChange(this.read());
    });
  }

  /** Fills the selects from the API; records every option's name for titles and the focus line. */
  async loadOptions(names: Map<string, string>): Promise<void> {
    const options = await loadOptions();
    const add = (select: HTMLSelectElement, id: string, label: string) => {
      names.set(id, label);
      select.append(h('option', { value: id }, label));
    };
    for (const { node } of options.regions.edges) add(this.region, node.id, node.name);
    for (const { node } of options.themes.edges) add(this.theme, node.id, node.name);
    for (const goal of options.sdgGoals) add(this.sdg, goal.id, `SDG ${goal.code} — ${goal.title}`);
  }

  show(state: ViewState, names: Map<string, string>): void {
    this.region.value = state.region ?? '';
    this.theme.value = state.theme ?? '';
    this.sdg.value = state.sdg ?? '';
    this.asOf.value = state.asOf ?? '';
    this.flows.checked = Boolean(state.flows);
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name=kind]')) {
      box.checked = (state.kinds as string[]).includes(box.value);
    }
    byId('focus').hidden = !state.focus;
    byId('focus-name').textContent = state.focus ? (names.get(state.focus) ?? state.focus) : '';
  }

  private read(): ViewState {
    const kinds = [...this.form.querySelectorAll<HTMLInputElement>('input[name=kind]:checked')].map(
      (box) => box.value,
    ) as ViewState['kinds'];
    const asOf = this.asOf.value.trim();
    return {
      ...this.current(),
      region: this.region.value || undefined,
      theme: this.theme.value || undefined,
      sdg: this.sdg.value || undefined,
      kinds,
      asOf: AS_OF.test(asOf) ? asOf : undefined,
      selected: undefined,
      limit: DEFAULT_LIMIT,
      flows: this.flows.checked,
    };
  }

  private buildKinds(): void {
    const kinds = byId('kinds');
    for (const kind of ACTOR_KINDS) {
      const id = `kind-${kind}`;
      kinds.append(
        h(
          'div',
          { class: 'check' },
          h('input', { type: 'checkbox', name: 'kind', value: kind, id }),
          h(
            'label',
            { for: id },
            h('span', { class: 'swatch', style: `background:${ACTOR_COLOURS[kind]}` }),
            ACTOR_LABELS[kind],
          ),
        ),
      );
    }
  }

  /** The funding-flows box, after the year (money paid in the filters' region and theme). */
  private buildFlows(): HTMLInputElement {
    const box = h('input', { type: 'checkbox', id: 'flows', name: 'flows' });
    byId('asOf-hint').after(
      h(
        'div',
        { class: 'check' },
        box,
        h('label', { for: 'flows' }, 'Funding flows: money paid in the region and theme, in euros'),
      ),
    );
    return box;
  }

  private buildLegend(): void {
    const legend = byId('legend-links');
    for (const [kind, label] of Object.entries(PARTNERSHIP_LABELS)) {
      const colour = PARTNERSHIP_COLOURS[kind as keyof typeof PARTNERSHIP_COLOURS];
      legend.append(
        h('li', {}, h('span', { class: 'line', style: `background:${colour}` }), label),
      );
    }
    legend.append(
      h(
        'li',
        {},
        h('span', { class: 'line', style: `background:${EDGE_COLOURS.FUNDING}` }),
        FUNDING_LABEL,
      ),
    );
  }
}
