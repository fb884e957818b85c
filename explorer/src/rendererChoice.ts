// Which Cytoscape renderer draws a view: the 2D canvas for ordinary views, the canvas renderer's
// WebGL mode (Cytoscape 3.31+: `renderer: { name: 'canvas', webgl: true }`) for large ones, where
// drawing every node and edge on a 2D canvas makes panning stutter. WebGL draws node and edge
// bodies on the GPU and labels from texture atlases; it does not draw dashed lines or edge
// arrows as finely, which matters little at that size. Without a GPU, WebGL runs on a software
// rasteriser (SwiftShader, llvmpipe) and is several times slower than the 2D canvas
// (bench:explorer), so the page then keeps the canvas at any size.

/** Views with more elements (nodes + edges) than this are drawn with WebGL. */
export const WEBGL_ELEMENT_THRESHOLD = 1500;

/** Back to the 2D canvas only below this (hysteresis: a view hovering around the threshold does not flip). */
export const CANVAS_ELEMENT_THRESHOLD = 1000;

export type RendererName = 'canvas' | 'webgl';

/** A forced renderer from the page URL (`?renderer=canvas` or `?renderer=webgl`, for benchmarks and comparisons); undefined = by size. */
export function forcedRenderer(search: string): RendererName | undefined {
  const value = new URLSearchParams(search).get('renderer');
  return value === 'canvas' || value === 'webgl' ? value : undefined;
}

/** Whether a WebGL renderer name (WEBGL_debug_renderer_info) is a software rasteriser rather than a GPU. */
export function isSoftwareRenderer(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render driver/i.test(name);
}

/** The browser's WebGL2 renderer name, or undefined without WebGL2. */
export function webglRendererName(doc: Document): string | undefined {
  const gl = doc.createElement('canvas').getContext('webgl2');
  if (!gl) return undefined;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

/** The renderer for a view of `elements` elements, given the one in use now and whether WebGL has a GPU here. */
export function chooseRenderer(elements: number, current: RendererName, gpu: boolean, forced?: RendererName): RendererName {
  if (forced) return forced;
  if (!gpu) return 'canvas';
  if (elements > WEBGL_ELEMENT_THRESHOLD) return 'webgl';
  if (elements < CANVAS_ELEMENT_THRESHOLD) return 'canvas';
  return current;
}

/**
 * Whether a view of `elements` elements gets the large-view settings (same thresholds and
 * hysteresis as WebGL): straight edges (graphStyle.ts), and on the 2D canvas the whole picture
 * as one texture while it is dragged (Cytoscape's textureOnViewport: a pan frame is one image
 * copy instead of 6,000 elements redrawn) at one pixel per CSS pixel.
 */
export function isLargeView(elements: number, large: boolean): boolean {
  if (elements > WEBGL_ELEMENT_THRESHOLD) return true;
  if (elements < CANVAS_ELEMENT_THRESHOLD) return false;
  return large;
}

/** Cytoscape's renderer options for one renderer, for a large view or an ordinary one. */
export function rendererOptions(name: RendererName, large = false): Record<string, unknown> {
  if (name === 'canvas') return large ? { name: 'canvas', textureOnViewport: true, pixelRatio: 1, motionBlur: false } : { name: 'canvas' };
  // Cytoscape's defaults suit phones; bigger batches mean fewer draw calls for thousands of elements.
  return { name: 'canvas', webgl: true, webglBatchSize: 4096 };
}
