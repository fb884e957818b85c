// How the graph is laid out afresh: a force layout for ordinary views, concentric by degree for
// large ones (Re-layout, a new focus, an expansion; the time slider keeps positions instead, see
// placeNodes.ts).
import type { LayoutOptions, NodeSingular } from 'cytoscape';

/**
 * Above this many nodes the force layout gets slow (cose in Chromium on 2 busy cores: 150 nodes
 * 0.5 s, 250 nodes 2.9 s, 500 nodes over a minute); concentric by degree stays fast and readable.
 */
export const FORCE_LAYOUT_LIMIT = 150;

/** The layout for a view of `nodeCount` nodes. */
export function layoutOptions(nodeCount: number): LayoutOptions {
  if (nodeCount > FORCE_LAYOUT_LIMIT) {
    return { name: 'concentric', concentric: (node: NodeSingular) => node.degree(false), levelWidth: () => 3, minNodeSpacing: 12, animate: false, padding: 20 } as LayoutOptions;
  }
  // A fresh force layout each time: it costs little at this size and reads better than nudging
  // new nodes into an old layout.
  return {
    name: 'cose',
    animate: false,
    randomize: true,
    padding: 30,
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 60_000,
    idealEdgeLength: () => 140,
    edgeElasticity: () => 80,
    nodeOverlap: 40,
    componentSpacing: 120,
    gravity: 0.4,
    numIter: 1500,
  } as LayoutOptions;
}
