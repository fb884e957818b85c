import type { StylesheetJson } from 'cytoscape';

/** How each entity type looks: colour-blind-safe colours (Okabe-Ito) and distinct shapes. */
export const ENTITY_LOOK: Record<string, { color: string; shape: string }> = {
  Person: { color: '#0072B2', shape: 'ellipse' },
  Country: { color: '#009E73', shape: 'round-rectangle' },
  Organization: { color: '#E69F00', shape: 'hexagon' },
  Operation: { color: '#D55E00', shape: 'diamond' },
  Place: { color: '#CC79A7', shape: 'round-triangle' },
};

/** Facts with two or more independent publishers (the corroboration dot). */
export const CORROBORATED_COLOR = '#1a7f37';
/** Contested facts (a denial answers them). */
export const CONTESTED_COLOR = '#aa3377';

/** The look of a type the page does not know yet (the vocabulary may grow). */
export const OTHER_LOOK = { color: '#7f7f7f', shape: 'round-tag' };

/** The look of one entity type. */
export function lookOf(type: string): { color: string; shape: string } {
  return ENTITY_LOOK[type] ?? OTHER_LOOK;
}

/**
 * The Cytoscape stylesheet: node colour and shape by type, edge label by relation, width by sources.
 * A large view (`large`, rendererChoice.ts) draws its edges as haystack lines, without arrowheads
 * or the corroboration dot: Cytoscape bundles bezier edges by pair, which walks a hub's every edge
 * for each of its pairs, and intersects every edge with its nodes' shapes and draws its arrows;
 * a haystack line needs none of that (bench:explorer --profile: the first render of 5,000
 * elements about 2.5 times as fast). Contested edges keep their dotted purple line.
 */
export function graphStyle(large = false): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'background-color': OTHER_LOOK.color,
        shape: OTHER_LOOK.shape as cytoscape.Css.NodeShape,
        width: 30,
        height: 30,
        'font-size': 13,
        'font-family': 'system-ui, sans-serif',
        color: '#1b1f24',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'border-width': 1,
        'border-color': '#ffffff',
        'min-zoomed-font-size': 7,
      },
    },
    // Plain selectors per type rather than function mappers: cheaper to apply to hundreds of nodes.
    ...Object.entries(ENTITY_LOOK).map(([type, look]) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': look.color, shape: look.shape as cytoscape.Css.NodeShape },
    })),
    { selector: 'node.focus', style: { width: 42, height: 42, 'border-width': 3, 'border-color': '#1b1f24', 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        label: 'data(label)',
        width: 'mapData(sourceCount, 1, 5, 1.5, 8)',
        'curve-style': large ? 'haystack' : 'bezier',
        'haystack-radius': 0,
        'line-color': '#8a949e',
        'target-arrow-color': '#8a949e',
        'target-arrow-shape': large ? 'none' : 'triangle',
        'arrow-scale': 1,
        'font-size': 10,
        'font-family': 'system-ui, sans-serif',
        color: '#30363d',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'edge[status = "reported"]', style: { 'line-style': 'dashed' } },
    // Corroboration: a dot in the middle of facts reported by two or more independent publishers (the label carries ✓N).
    ...(large ? [] : [{ selector: 'edge[publisherCount >= 2]', style: { 'mid-target-arrow-shape': 'circle' as const, 'mid-target-arrow-color': CORROBORATED_COLOR, 'mid-target-arrow-fill': 'filled' as const, 'arrow-scale': 1.2 } }]),
    // Contested (denied by someone): drawn apart, as a purple dotted line bowed away from the other facts of the pair.
    {
      selector: 'edge[contested = "yes"]',
      style: { 'line-color': CONTESTED_COLOR, 'target-arrow-color': CONTESTED_COLOR, 'line-style': 'dotted', width: 4, 'control-point-step-size': 60, color: CONTESTED_COLOR },
    },
    { selector: 'edge.quiet', style: { label: '' } },
    { selector: 'edge.quiet:selected, edge.quiet.on-path', style: { label: 'data(label)' } },
    { selector: ':selected', style: { 'overlay-color': '#0969da', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    { selector: '.faded', style: { opacity: 0.18 } },
    // The pair picked in the "Allies at odds" panel: its alliance in blue, its hostile facts in red.
    { selector: 'node.at-odds', style: { 'border-width': 4, 'border-color': '#1b1f24', opacity: 1 } },
    { selector: 'edge.ally', style: { 'line-color': '#0969da', 'target-arrow-color': '#0969da', width: 6, 'z-index': 10, opacity: 1, color: '#0969da', 'font-weight': 'bold' } },
    { selector: 'edge.hostile', style: { 'line-color': '#cf222e', 'target-arrow-color': '#cf222e', width: 6, 'z-index': 10, opacity: 1, color: '#cf222e', 'font-weight': 'bold' } },
    // The time slider: what started to hold in the month just drawn, under a green glow.
    { selector: '.appeared', style: { 'underlay-color': '#1a7f37', 'underlay-opacity': 0.3, 'underlay-padding': 5 } },
    // Live mode: what just came in, for a few seconds (explorer/src/liveFacts.ts).
    { selector: 'node.live-new', style: { 'border-width': 4, 'border-color': '#1a7f37', opacity: 1 } },
    {
      selector: 'edge.live-new',
      style: { 'line-color': '#1a7f37', 'target-arrow-color': '#1a7f37', width: 6, 'z-index': 9, opacity: 1, color: '#1a7f37', 'font-weight': 'bold', label: 'data(label)' },
    },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#cf222e', opacity: 1 } },
    {
      selector: 'edge.on-path',
      style: { 'line-color': '#cf222e', 'target-arrow-color': '#cf222e', width: 6, 'z-index': 10, opacity: 1, color: '#cf222e', 'font-weight': 'bold' },
    },
  ];
}
