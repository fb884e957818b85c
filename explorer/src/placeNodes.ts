// Places the nodes that come into a drawn graph without moving the others (the time slider, Play):
// a node seen before goes back where it was; a new one goes next to its neighbours already on
// screen, outwards from the middle of the graph, so the picture does not jump month to month.
import type { Core, NodeCollection, NodeSingular, Position } from 'cytoscape';

/** Distance from a new node to the neighbours it is placed beside. */
const STEP = 130;
/** How close a placed node may come to another (a node and the start of its label). */
const MIN_GAP = 80;
/** The golden angle: successive new nodes around one anchor spread without overlapping. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Where a new node goes: beside `anchor` (its placed neighbours' centre), the k-th around it, away from `centre`. */
export function besidePosition(anchor: Position, centre: Position, k: number): Position {
  const outwards = Math.atan2(anchor.y - centre.y, anchor.x - centre.x);
  const base = anchor.x === centre.x && anchor.y === centre.y ? 0 : outwards;
  const angle = base + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * GOLDEN_ANGLE;
  const radius = STEP * (1 + 0.25 * Math.floor(k / 6));
  return { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
}

function centreOf(points: Position[]): Position {
  if (!points.length) return { x: 0, y: 0 };
  return { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length };
}

/**
 * Gives the nodes `ids` of `cy` a position without moving any other node: back to `remembered`
 * when they were drawn before, else beside their placed neighbours (those with none, e.g. a new
 * pair, to the right of the drawn graph). Returns the ids placed.
 */
export function placeNewNodes(cy: Core, ids: string[], remembered: Map<string, Position>): string[] {
  const pending = new Set(ids);
  const isPlaced = (node: NodeSingular) => !pending.has(node.id());
  for (const id of ids) {
    const at = remembered.get(id);
    if (at) {
      cy.getElementById(id).position({ ...at });
      pending.delete(id);
    }
  }
  const taken = cy.nodes().filter(isPlaced).map((n) => ({ ...(n as NodeSingular).position() }));
  const centre = centreOf(taken);
  // The first spot around the anchor at least MIN_GAP from every node placed so far.
  const freeSpot = (anchor: Position, first: number): { at: Position; k: number } => {
    for (let k = first; ; k++) {
      const at = besidePosition(anchor, centre, k);
      if (k - first > 60 || taken.every((q) => Math.hypot(q.x - at.x, q.y - at.y) >= MIN_GAP)) return { at, k };
    }
  };
  const around = new Map<string, number>();
  while (pending.size) {
    let progress = false;
    for (const id of [...pending]) {
      const node = cy.getElementById(id) as NodeSingular;
      const neighbours = node.neighborhood('node').filter(isPlaced) as unknown as NodeCollection;
      if (neighbours.empty()) continue;
      const anchor = centreOf(neighbours.map((n) => n.position()));
      const key = neighbours.map((n) => n.id()).sort().join('|');
      const { at, k } = freeSpot(anchor, around.get(key) ?? 0);
      around.set(key, k + 1);
      node.position(at);
      taken.push(at);
      pending.delete(id);
      progress = true;
    }
    if (progress) continue;
    // Nothing left touches the drawn graph: start the next group to its right.
    const id = pending.values().next().value as string;
    const box = cy.nodes().filter(isPlaced).boundingBox({});
    const empty = !Number.isFinite(box.x2) || cy.nodes().filter(isPlaced).empty();
    const at = empty ? { x: 0, y: 0 } : { x: box.x2 + STEP, y: (box.y1 + box.y2) / 2 };
    cy.getElementById(id).position(at);
    taken.push(at);
    pending.delete(id);
  }
  return ids;
}
