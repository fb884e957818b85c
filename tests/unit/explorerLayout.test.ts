import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphStyle } from '../../explorer/src/graphStyle.ts';
import { concentricPositions } from '../../explorer/src/layoutOptions.ts';
import { besidePosition, placeNewNodes } from '../../explorer/src/placeNodes.ts';
import { isLargeView, rendererOptions, WEBGL_ELEMENT_THRESHOLD } from '../../explorer/src/rendererChoice.ts';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('the concentric layout of large views', () => {
  it('puts the most connected node in the middle and rings around it, no two nodes closer than 42 px', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `n${i}`);
    const degree = (id: string) => (id === 'n7' ? 299 : Number(id.slice(1)) % 10);
    const at = concentricPositions(ids, degree);
    expect(at.size).toBe(300);
    expect(at.get('n7')!.x).toBeCloseTo(0, 6);
    expect(at.get('n7')!.y).toBeCloseTo(0, 6);
    const points = [...at.values()];
    let closest = Infinity;
    for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) closest = Math.min(closest, distance(points[i]!, points[j]!));
    expect(closest).toBeGreaterThanOrEqual(41.9);
    // Higher degree, nearer the middle.
    expect(distance(at.get('n9')!, { x: 0, y: 0 })).toBeLessThan(distance(at.get('n10')!, { x: 0, y: 0 }));
  });
});

describe('placing new nodes without moving the others (the time slider)', () => {
  const graph = () =>
    cytoscape({
      headless: true,
      layout: { name: 'preset' },
      elements: [
        { data: { id: 'a' }, position: { x: 0, y: 0 } },
        { data: { id: 'b' }, position: { x: 200, y: 0 } },
        { data: { id: 'e1', source: 'a', target: 'b' } },
      ],
    });

  it('puts a new node beside its neighbour, one seen before back where it was, and moves no other node', () => {
    const cy = graph();
    cy.add([{ data: { id: 'c' } }, { data: { id: 'd' } }, { data: { id: 'e2', source: 'a', target: 'c' } }, { data: { id: 'e3', source: 'b', target: 'd' } }]);
    placeNewNodes(cy, ['c', 'd'], new Map([['d', { x: 500, y: 40 }]]));
    expect(cy.getElementById('a').position()).toEqual({ x: 0, y: 0 });
    expect(cy.getElementById('b').position()).toEqual({ x: 200, y: 0 });
    expect(cy.getElementById('d').position()).toEqual({ x: 500, y: 40 });
    expect(distance(cy.getElementById('c').position(), { x: 0, y: 0 })).toBeCloseTo(130, 5);
  });

  it('moves a newcomer on from a spot another node holds (a node between two neighbours, with a third already there)', () => {
    const cy = graph();
    cy.add([{ data: { id: 'mid' }, position: { x: 100, y: 0 } }]);
    cy.add([{ data: { id: 'n' } }, { data: { id: 'na', source: 'n', target: 'a' } }, { data: { id: 'nb', source: 'n', target: 'b' } }]);
    placeNewNodes(cy, ['n'], new Map());
    for (const other of ['a', 'b', 'mid']) expect(distance(cy.getElementById('n').position(), cy.getElementById(other).position())).toBeGreaterThanOrEqual(80);
  });

  it('spreads several new neighbours of one node around it, and starts an unconnected newcomer beside the graph', () => {
    const cy = graph();
    cy.add([{ data: { id: 'x' } }, { data: { id: 'y' } }, { data: { id: 'lone' } }, { data: { id: 'ex', source: 'a', target: 'x' } }, { data: { id: 'ey', source: 'a', target: 'y' } }]);
    placeNewNodes(cy, ['x', 'y', 'lone'], new Map());
    // No newcomer lands on another node (80 px: a node and the start of its label).
    const points = cy.nodes().map((n) => n.position());
    for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) expect(distance(points[i]!, points[j]!)).toBeGreaterThanOrEqual(80);
    expect(cy.getElementById('lone').position().x).toBeGreaterThan(200);
    expect(besidePosition({ x: 10, y: 0 }, { x: 0, y: 0 }, 0)).toEqual({ x: 140, y: 0 }); // outwards, away from the middle
  });
});

describe('large views', () => {
  it('get the large-view settings above the WebGL threshold, with the same hysteresis', () => {
    expect(isLargeView(5000, false)).toBe(true);
    expect(isLargeView(WEBGL_ELEMENT_THRESHOLD, false)).toBe(false);
    expect(isLargeView(1200, true)).toBe(true);
    expect(isLargeView(900, true)).toBe(false);
    expect(rendererOptions('canvas', true)).toMatchObject({ name: 'canvas', textureOnViewport: true, pixelRatio: 1 });
    expect(rendererOptions('canvas', false)).toEqual({ name: 'canvas' });
  });

  it('draw haystack edges without arrowheads; ordinary views keep curved edges with arrows and the corroboration dot', () => {
    const edgeRule = (large: boolean) => (graphStyle(large).find((rule) => rule.selector === 'edge') as unknown as { style: Record<string, unknown> }).style;
    expect(edgeRule(true)).toMatchObject({ 'curve-style': 'haystack', 'target-arrow-shape': 'none' });
    expect(edgeRule(false)).toMatchObject({ 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' });
    const selectors = (large: boolean) => graphStyle(large).map((rule) => rule.selector);
    expect(selectors(false)).toContain('edge[publisherCount >= 2]');
    expect(selectors(true)).not.toContain('edge[publisherCount >= 2]');
    expect(selectors(true)).toContain('edge[contested = "yes"]');
  });
});
