import cytoscape, { type Core, type CytoscapeOptions, type ElementDefinition, type Position } from 'cytoscape';
import { edgeData } from './edgeData.ts';
import { graphStyle } from './graphStyle.ts';
import { concentricPositions, FORCE_LAYOUT_LIMIT, layoutOptions } from './layoutOptions.ts';
import { placeNewNodes } from './placeNodes.ts';
import type { EntitySummary, GraphFact } from './queries.ts';
import { chooseRenderer, forcedRenderer, isLargeView, isSoftwareRenderer, rendererOptions, webglRendererName, type RendererName } from './rendererChoice.ts';

/** Test and benchmark hook: the graph, and how many renders have completed. */
export interface ExplorerHook {
  cy: Core;
  renders: number;
  /** Milliseconds from navigation start to the second frame after the first graph render (the frame that has drawn it). */
  firstRenderMs?: number;
  /** Where the last render spent its time. */
  lastRender?: { queryMs: number; addMs: number; layoutMs: number; nodes: number; edges: number; renderer: RendererName; drawMs?: number };
  /** The renderer drawing the graph now ('webgl' for large views when WebGL has a GPU, see rendererChoice.ts). */
  renderer: RendererName;
  /** The browser's WebGL2 renderer (a GPU, or a software rasteriser such as SwiftShader); undefined without WebGL2. */
  webgl?: string;
  /** Live mode: change events applied so far, the last one's number in the change log, and each one's delay from its write to drawn. */
  live?: { events: number; lastSeq: number; delaysMs: number[] };
}
declare global {
  interface Window {
    __newsgraph: ExplorerHook;
  }
}

/** The drawn graph (cytoscape) and what the page does with it. */
export interface GraphView {
  /** The graph drawn now: a change of renderer replaces it, so read it when needed rather than keeping it. */
  readonly cy: Core;
  hook: ExplorerHook;
  /** Calls `bind` with the graph now and with every graph that replaces it (event handlers). */
  onGraph(bind: (cy: Core) => void): void;
  /** Changes renderer (or the large-view settings) when a view of `elements` nodes + edges needs it, carrying the drawn elements, pan and zoom over. */
  useRendererFor(elements: number): void;
  /** Adds the nodes and edges not drawn yet (one call; a layout or placeNew places them next); returns the ids of the new nodes. */
  addElements(nodes: EntitySummary[], edges: GraphFact[]): string[];
  /** Removes every node and edge not in these sets, remembering where the nodes were (placeNew puts them back there). */
  removeExcept(nodeIds: Set<string>, edgeIds: Set<string>): void;
  /** Whether placeNew can place `ids` without a layout: other nodes are drawn, or these were drawn before. */
  canPlace(ids: string[]): boolean;
  /** Places new nodes without moving the others (where they were before, else beside their neighbours); fits only when one lands off screen. */
  placeNew(ids: string[]): void;
  /** Lays the graph out afresh and fits it to the screen (positions remembered from before are forgotten). */
  runLayout(): Promise<void>;
  /** Fits the graph to the screen without blowing a handful of nodes up to poster size. */
  fitView(): void;
  /** Rings the focus entities. */
  markFocus(focus: string[]): void;
  /** Hides edge labels when the graph is crowded (shown on selection only). */
  quietIfCrowded(): void;
}

function nodeData(entity: EntitySummary): ElementDefinition {
  return { group: 'nodes', data: { id: entity.id, label: entity.name, type: entity.type, kind: entity.kind, aliases: entity.aliases } };
}

/** Draws into `container`; every entity drawn has its name recorded in `names`. Installs window.__newsgraph. */
export function createGraphView(container: HTMLElement, names: Map<string, string>): GraphView {
  const forced = forcedRenderer(window.location.search);
  const webgl = webglRendererName(document);
  const gpu = webgl !== undefined && !isSoftwareRenderer(webgl);
  const create = (renderer: RendererName, large: boolean) =>
    cytoscape({ container, style: graphStyle(large), minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.4, boxSelectionEnabled: false, renderer: rendererOptions(renderer, large) } as CytoscapeOptions);
  let renderer = chooseRenderer(0, 'canvas', gpu, forced);
  let large = false;
  let cy = create(renderer, large);
  const hook: ExplorerHook = { cy, renders: 0, renderer, webgl };
  window.__newsgraph = hook;
  const binders: ((cy: Core) => void)[] = [];
  /** Where nodes were last drawn (by the last layout, placeNew, or before being removed). */
  const remembered = new Map<string, Position>();

  const fitView = () => {
    // A large view fits its nodes: measuring its thousands of edges too would cost more than drawing them.
    cy.fit(large ? cy.nodes() : undefined, 30);
    if (cy.zoom() > 1.4) cy.zoom({ level: 1.4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    if (cy.zoom() === 1.4) cy.center();
  };

  return {
    get cy() {
      return cy;
    },
    hook,
    fitView,
    onGraph(bind) {
      binders.push(bind);
      bind(cy);
    },
    useRendererFor(elements) {
      const next = chooseRenderer(elements, renderer, gpu, forced);
      const nextLarge = isLargeView(elements, large);
      if (next === renderer && nextLarge === large) return;
      const drawn = cy.elements().jsons() as unknown as ElementDefinition[];
      const viewport = { zoom: cy.zoom(), pan: cy.pan() };
      cy.destroy();
      renderer = next;
      large = nextLarge;
      cy = create(renderer, large);
      cy.add(drawn);
      cy.viewport(viewport);
      hook.cy = cy;
      hook.renderer = renderer;
      for (const bind of binders) bind(cy);
    },
    addElements(nodes, edges) {
      const fresh: ElementDefinition[] = [];
      const present = new Set<string>();
      for (const node of nodes) {
        names.set(node.id, node.name);
        const existing = cy.getElementById(node.id);
        present.add(node.id);
        if (existing.nonempty()) {
          existing.data(nodeData(node).data);
          continue;
        }
        fresh.push(nodeData(node));
      }
      const added = fresh.map((el) => String(el.data.id));
      cy.nodes().forEach((n) => {
        present.add(n.id());
      });
      for (const edge of edges) {
        if (!present.has(edge.subject.id) || !present.has(edge.object.id) || cy.getElementById(edge.id).nonempty()) continue;
        fresh.push(edgeData(edge));
      }
      cy.add(fresh);
      return added;
    },
    removeExcept(nodeIds, edgeIds) {
      const gone = cy.elements().filter((el) => (el.isNode() ? !nodeIds.has(el.id()) : !edgeIds.has(el.id())));
      gone.nodes().forEach((n) => {
        remembered.set(n.id(), { ...n.position() });
      });
      gone.remove();
    },
    canPlace(ids) {
      return cy.nodes().length > ids.length || ids.some((id) => remembered.has(id));
    },
    placeNew(ids) {
      placeNewNodes(cy, ids, remembered);
      // Off screen, or so near its edge that the label (up to 140 px wide, below the node) is cut.
      const off = ids.some((id) => {
        const p = cy.getElementById(id).renderedPosition();
        return p.x < 80 || p.x > cy.width() - 80 || p.y < 40 || p.y > cy.height() - 50;
      });
      if (off) fitView();
    },
    runLayout() {
      if (cy.nodes().length > FORCE_LAYOUT_LIMIT) {
        const degrees = new Map<string, number>();
        const count = (id: string) => degrees.set(id, (degrees.get(id) ?? 0) + 1);
        cy.edges().forEach((e) => {
          count(e.data('source') as string);
          count(e.data('target') as string);
        });
        const positions = concentricPositions(cy.nodes().map((n) => n.id()), (id) => degrees.get(id) ?? 0);
        cy.batch(() => {
          cy.nodes().forEach((n) => {
            n.position(positions.get(n.id())!);
          });
        });
        remembered.clear();
        fitView();
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        const layout = cy.layout(layoutOptions());
        layout.one('layoutstop', () => {
          remembered.clear();
          fitView();
          resolve();
        });
        layout.run();
      });
    },
    markFocus(focus) {
      cy.nodes().removeClass('focus');
      for (const id of focus) cy.getElementById(id).addClass('focus');
    },
    quietIfCrowded() {
      // Hundreds of edge labels are unreadable clutter and slow to lay out.
      cy.edges().toggleClass('quiet', cy.nodes().length > FORCE_LAYOUT_LIMIT);
    },
  };
}
