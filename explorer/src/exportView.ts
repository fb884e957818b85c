import type { Core } from 'cytoscape';

/** Offers a blob as a file download. */
function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the whole graph as a PNG (twice the screen resolution, white background). */
export async function exportPng(cy: Core): Promise<void> {
  const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
  download(blob, 'newsgraph-view.png');
}

/** The current view as plain data: the URL that restores it, its entities and facts with positions. */
export function viewAsJson(cy: Core): unknown {
  return {
    exportedAt: new Date().toISOString(),
    url: window.location.href,
    nodes: cy.nodes().map((n) => ({ ...n.data(), position: n.position() })),
    edges: cy.edges().map((e) => e.data()),
  };
}

/** Downloads the current view as JSON. */
export function exportJson(cy: Core): void {
  download(new Blob([JSON.stringify(viewAsJson(cy), null, 2)], { type: 'application/json' }), 'newsgraph-view.json');
}
