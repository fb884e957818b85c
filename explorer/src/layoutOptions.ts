// How the graph is laid out afresh: a force layout for ordinary views, concentric by degree for
// large ones (Re-layout, a new focus, an expansion; the time slider keeps positions instead, see
// placeNodes.ts).
import type { LayoutOptions, Position } from 'cytoscape';

/**
 * Above this many nodes the force layout gets slow (cose in Chromium on 2 busy cores: 150 nodes
 * 0.5 s, 250 nodes 2.9 s, 500 nodes over a minute); concentric by degree stays fast and readable.
 */
export const FORCE_LAYOUT_LIMIT = 150;

/** Distance between neighbouring nodes on a ring of the concentric layout (node size 30 + 12 px). */
const RING_SPACING = 42;
/** Nodes whose degrees differ by less than this share a ring. */
const RING_DEGREE_WIDTH = 3;

/**
 * Positions of a concentric layout by degree (the most connected in the middle; nodes whose
 * degrees differ by less than RING_DEGREE_WIDTH on one ring; rings far enough apart, and wide
 * enough, that no two nodes are closer than RING_SPACING): what Cytoscape's `concentric` layout
 * draws, computed here in one pass. Cytoscape's own restyles every node and fires an event per
 * node and then the fit measures every edge: over a second of a 5,000-element view's first
 * render (bench:explorer --profile).
 */
export function concentricPositions(ids: string[], degree: (id: string) => number): Map<string, Position> {
  const sorted = [...ids].sort((a, b) => degree(b) - degree(a));
  const levels: string[][] = [];
  let top = Infinity;
  for (const id of sorted) {
    if (!levels.length || top - degree(id) >= RING_DEGREE_WIDTH) {
      levels.push([]);
      top = degree(id);
    }
    levels[levels.length - 1]!.push(id);
  }
  const positions = new Map<string, Position>();
  let r = 0;
  for (const level of levels) {
    const step = (2 * Math.PI) / level.length;
    if (level.length > 1) r = Math.max(r, RING_SPACING / (2 * Math.sin(step / 2)));
    level.forEach((id, j) => {
      const angle = 1.5 * Math.PI + j * step;
      positions.set(id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
    });
    r += RING_SPACING;
  }
  return positions;
}

/** The force layout for an ordinary view (large ones use concentricPositions). */
export function layoutOptions(): LayoutOptions {
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
