/**
 * The members layer's side of the page: loads a network's members page by page onto the map
 * (./member-layer.ts draws them) and keeps the status line saying how many there are, how many
 * are drawn as clusters or alone, and how many have no coordinates.
 */
import { loadMembers } from './api.js';
import { byId } from './dom.js';
import type { MapView } from './map-view.js';
import { MemberLayer } from './member-layer.js';
import type { MembersSummary } from './page-hooks.js';

export class MembersPanel {
  private layer?: MemberLayer;
  private controller?: AbortController;

  constructor(
    private readonly map: MapView,
    private readonly names: Map<string, string>,
  ) {}

  /** Shows the members of `network` (replacing any shown), or hides them when undefined. */
  async show(network: string | undefined): Promise<void> {
    this.controller?.abort();
    const status = byId('members-status');
    byId('members-bar').hidden = !network;
    status.removeAttribute('role');
    this.map.onPaint = undefined;
    if (!network) {
      this.layer = undefined;
      this.map.setMembers(undefined);
      delete document.body.dataset.members;
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    const layer = new MemberLayer(network, this.names.get(network) ?? network);
    let loading = true;
    this.layer = layer;
    document.body.dataset.members = 'loading';
    status.textContent = `Loading members of ${layer.networkName}…`;
    this.map.setMembers(layer);
    this.map.onPaint = () => {
      status.textContent = layer.describe(loading);
    };
    try {
      await loadMembers(network, controller.signal, (answer) => {
        if (!answer.actor) throw new Error(`no network has the key ${network}`);
        layer.networkName = answer.actor.name;
        this.names.set(network, answer.actor.name);
        layer.addPage(answer.actors, this.map.projection);
        this.map.draw();
      });
      if (controller.signal.aborted) return;
      loading = false;
      this.map.draw();
      document.body.dataset.members = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      this.map.onPaint = undefined;
      document.body.dataset.members = 'error';
      status.textContent = `Could not load the members: ${String(error)}`;
      status.setAttribute('role', 'alert');
    }
  }

  /** What is loaded and what the last paint drew (the page's test hook). */
  summary(): MembersSummary | undefined {
    const layer = this.layer;
    if (!layer) return undefined;
    const { network, total, loaded, unplaced, drawn } = layer;
    return { network, total, loaded, unplaced, ...drawn };
  }
}
