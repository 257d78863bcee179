/**
 * The network: the same selection as a force-directed graph — sigma.js (WebGL) on a graphology
 * graph, laid out by ForceAtlas2 — actors coloured by kind and sized by centrality (their degree
 * in the partnership network, as the API counts it), edges coloured by partnership kind.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { ACTOR_COLOURS, EDGE_COLOURS } from './palette.js';
import { flowWidth } from './map-geometry.js';
import type { Selection, SelectionEdge, SelectionNode } from './selection.js';

export type NetworkPick = { node: SelectionNode } | { edge: SelectionEdge };

export interface NodeAttributes {
  label: string;
  kind: string;
  match: boolean;
  x: number;
  y: number;
  size: number;
  color: string;
  lat?: number;
  lon?: number;
  country?: string;
}

export interface EdgeAttributes {
  kind: string;
  via: string;
  weight: number;
  size: number;
  color: string;
}

/** Node size (px): grows with the square root of the degree, capped so hubs don't cover others. */
export function networkSize(degree: number): number {
  return Math.min(14, 3 + 1.2 * Math.sqrt(degree));
}

/** Above this many actors the layout runs in a web worker for a few seconds instead. */
const SYNC_LAYOUT_LIMIT = 1500;
const WORKER_LAYOUT_MS = 4000;

/** The selection as a graphology graph: the model the network view draws and GEXF exports. */
export function toGraph(
  selection: Selection,
  initial: (node: SelectionNode) => [number, number],
): Graph<NodeAttributes, EdgeAttributes> {
  // Multi: a funding flow and a partnership may join the same two actors.
  const graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected', multi: true });
  for (const node of selection.nodes.values()) {
    const [x, y] = initial(node);
    graph.addNode(node.key, {
      label: node.name,
      kind: node.kind,
      match: node.match,
      x,
      y,
      size: networkSize(selection.degree(node.key)),
      color: ACTOR_COLOURS[node.kind],
      ...(node.place ? { lat: node.place.lat, lon: node.place.lon } : {}),
      ...(node.country ? { country: node.country } : {}),
    });
  }
  for (const edge of selection.edges.values()) {
    graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, {
      kind: edge.kind,
      via: edge.via.map((v) => `${v.kind}:${v.node}`).join(' '),
      weight: edge.funding ? 1 : edge.via.length,
      size: edge.funding
        ? flowWidth(edge.funding.euros, selection.maxFlow)
        : 0.5 + Math.min(4, edge.via.length),
      color: EDGE_COLOURS[edge.kind],
    });
  }
  return graph;
}

export class NetworkView {
  graph?: Graph<NodeAttributes, EdgeAttributes>;
  sigma?: Sigma<NodeAttributes, EdgeAttributes>;
  private selection?: Selection;
  private layout?: FA2Layout;
  private highlighted?: string;
  /** Resolves when the current layout has settled (for exports and tests). */
  settled: Promise<void> = Promise.resolve();

  constructor(
    private readonly container: HTMLElement,
    private readonly initial: (node: SelectionNode) => [number, number],
    private readonly onPick: (pick: NetworkPick | undefined) => void,
  ) {}

  /** Keys of the actors in the drawn graph. */
  drawnKeys(): Set<string> {
    return new Set(this.graph?.nodes() ?? []);
  }

  screenPoint(key: string): { x: number; y: number } | undefined {
    if (!this.sigma || !this.graph?.hasNode(key)) return undefined;
    const data = this.sigma.getNodeDisplayData(key);
    if (!data) return undefined;
    const p = this.sigma.framedGraphToViewport(data);
    const box = this.container.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  setSelection(selection: Selection): void {
    this.selection = selection;
  }

  /** Builds the graph and lays it out; called when the network tab is shown or data changed. */
  render(): void {
    if (!this.selection) return;
    this.layout?.kill();
    this.layout = undefined;
    const graph = toGraph(this.selection, this.initial);
    this.graph = graph;
    if (graph.order > 0 && graph.order <= SYNC_LAYOUT_LIMIT) {
      forceAtlas2.assign(graph, {
        iterations: graph.order < 1000 ? 300 : 150,
        settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 },
        getEdgeWeight: 'weight',
      });
      this.settled = Promise.resolve();
    } else if (graph.order > 0) {
      const layout = new FA2Layout(graph, {
        settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true },
        getEdgeWeight: 'weight',
      });
      this.layout = layout;
      layout.start();
      this.settled = new Promise((done) =>
        setTimeout(() => {
          layout.stop();
          done();
        }, WORKER_LAYOUT_MS),
      );
    }
    if (!this.sigma) {
      this.sigma = new Sigma(graph, this.container, {
        allowInvalidContainer: true,
        // Edge events cost a picking pass per move; worth it until the graph gets large.
        enableEdgeEvents: graph.size <= 5000,
        labelDensity: 0.5,
        stagePadding: 60,
        labelRenderedSizeThreshold: 7,
        labelColor: { color: '#111111' },
        zIndex: true,
        nodeReducer: (key, data) => this.reduceNode(key, data),
        edgeReducer: (_key, data) => ({ ...data }),
      });
      this.sigma.on('clickNode', ({ node }) => {
        const hit = this.selection?.nodes.get(node);
        if (hit) this.onPick({ node: hit });
      });
      this.sigma.on('clickEdge', ({ edge }) => {
        const hit = this.selection?.edges.get(edge);
        if (hit) this.onPick({ edge: hit });
      });
      this.sigma.on('clickStage', () => this.onPick(undefined));
    } else {
      this.sigma.setGraph(graph);
      this.sigma.setSetting('enableEdgeEvents', graph.size <= 5000);
    }
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.sigma.refresh();
    this.container.setAttribute(
      'aria-label',
      `Network of ${graph.order} actors and ${graph.size} partnerships; the list beside it has the same actors.`,
    );
  }

  private reduceNode(key: string, data: NodeAttributes) {
    const match = data.match;
    const highlighted = key === this.highlighted;
    return {
      ...data,
      // Partners are drawn lighter than the actors that answer the filters.
      color: match ? data.color : `${data.color}88`,
      zIndex: highlighted ? 2 : match ? 1 : 0,
      forceLabel: highlighted || (match && (this.graph?.order ?? 0) <= 60),
      highlighted,
    };
  }

  highlight(key: string | undefined): void {
    this.highlighted = key;
    this.sigma?.refresh({ skipIndexation: true });
  }

  centreOn(key: string): void {
    if (!this.sigma || !this.graph?.hasNode(key)) return;
    const data = this.sigma.getNodeDisplayData(key);
    if (data) void this.sigma.getCamera().animate({ x: data.x, y: data.y, ratio: 0.3 });
  }

  resize(): void {
    this.sigma?.resize();
    this.sigma?.refresh();
  }
}
