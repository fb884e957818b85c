import { describe, expect, it } from 'vitest';
import { edgeLabel } from '../../explorer/src/edgeData.ts';
import { CANVAS_ELEMENT_THRESHOLD, chooseRenderer, forcedRenderer, rendererOptions, WEBGL_ELEMENT_THRESHOLD } from '../../explorer/src/rendererChoice.ts';

describe('the explorer renderer choice', () => {
  it('draws large views with WebGL and ordinary ones on the 2D canvas', () => {
    expect(chooseRenderer(40, 'canvas')).toBe('canvas');
    expect(chooseRenderer(5000, 'canvas')).toBe('webgl');
    expect(chooseRenderer(WEBGL_ELEMENT_THRESHOLD + 1, 'canvas')).toBe('webgl');
    expect(chooseRenderer(WEBGL_ELEMENT_THRESHOLD, 'canvas')).toBe('canvas');
    expect(rendererOptions('webgl')).toMatchObject({ name: 'canvas', webgl: true });
    expect(rendererOptions('canvas')).toEqual({ name: 'canvas' });
  });

  it('does not flip back and forth around the threshold (back to canvas only well below it)', () => {
    const between = (WEBGL_ELEMENT_THRESHOLD + CANVAS_ELEMENT_THRESHOLD) / 2;
    expect(chooseRenderer(between, 'webgl')).toBe('webgl');
    expect(chooseRenderer(between, 'canvas')).toBe('canvas');
    expect(chooseRenderer(CANVAS_ELEMENT_THRESHOLD - 1, 'webgl')).toBe('canvas');
  });

  it('obeys ?renderer= in the URL (benchmarks compare both on one view), ignoring other values', () => {
    expect(forcedRenderer('?e=x&renderer=canvas')).toBe('canvas');
    expect(forcedRenderer('?renderer=webgl')).toBe('webgl');
    expect(forcedRenderer('?renderer=svg')).toBeUndefined();
    expect(chooseRenderer(5000, 'canvas', 'canvas')).toBe('canvas');
    expect(chooseRenderer(10, 'canvas', 'webgl')).toBe('webgl');
  });
});

describe('the edge label', () => {
  it('carries a corroboration badge from two independent publishers, and says when a fact is contested', () => {
    expect(edgeLabel('SANCTIONED', 1, false)).toBe('SANCTIONED');
    expect(edgeLabel('SANCTIONED', 3, false)).toBe('SANCTIONED ✓3');
    expect(edgeLabel('ACCUSED', 2, true)).toBe('ACCUSED ✓2 · contested');
    expect(edgeLabel('ACCUSED', undefined, undefined)).toBe('ACCUSED'); // a server without issue 16's fields
  });
});
