import { describe, expect, it } from 'vitest';
import { edgeLabel } from '../../explorer/src/edgeData.ts';
import { CANVAS_ELEMENT_THRESHOLD, chooseRenderer, forcedRenderer, isSoftwareRenderer, rendererOptions, WEBGL_ELEMENT_THRESHOLD } from '../../explorer/src/rendererChoice.ts';

describe('the explorer renderer choice', () => {
  it('draws large views with WebGL and ordinary ones on the 2D canvas', () => {
    expect(chooseRenderer(40, 'canvas', true)).toBe('canvas');
    expect(chooseRenderer(5000, 'canvas', true)).toBe('webgl');
    expect(chooseRenderer(WEBGL_ELEMENT_THRESHOLD + 1, 'canvas', true)).toBe('webgl');
    expect(chooseRenderer(WEBGL_ELEMENT_THRESHOLD, 'canvas', true)).toBe('canvas');
    expect(rendererOptions('webgl')).toMatchObject({ name: 'canvas', webgl: true });
    expect(rendererOptions('canvas')).toEqual({ name: 'canvas' });
  });

  it('does not flip back and forth around the threshold (back to canvas only well below it)', () => {
    const between = (WEBGL_ELEMENT_THRESHOLD + CANVAS_ELEMENT_THRESHOLD) / 2;
    expect(chooseRenderer(between, 'webgl', true)).toBe('webgl');
    expect(chooseRenderer(between, 'canvas', true)).toBe('canvas');
    expect(chooseRenderer(CANVAS_ELEMENT_THRESHOLD - 1, 'webgl', true)).toBe('canvas');
  });

  it('keeps the 2D canvas at any size when WebGL has no GPU (a software rasteriser is slower)', () => {
    expect(chooseRenderer(5000, 'canvas', false)).toBe('canvas');
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false);
    expect(isSoftwareRenderer('Apple M2')).toBe(false);
  });

  it('obeys ?renderer= in the URL (benchmarks compare both on one view), ignoring other values', () => {
    expect(forcedRenderer('?e=x&renderer=canvas')).toBe('canvas');
    expect(forcedRenderer('?renderer=webgl')).toBe('webgl');
    expect(forcedRenderer('?renderer=svg')).toBeUndefined();
    expect(chooseRenderer(5000, 'canvas', true, 'canvas')).toBe('canvas');
    expect(chooseRenderer(10, 'canvas', false, 'webgl')).toBe('webgl');
  });
});

describe('the edge label', () => {
  it('carries a corroboration badge from two independent publishers, and says when a fact is contested', () => {
    expect(edgeLabel('SANCTIONED', 1, false)).toBe('SANCTIONED');
    expect(edgeLabel('SANCTIONED', 3, false)).toBe('SANCTIONED ✓3');
    expect(edgeLabel('ACCUSED', 2, true)).toBe('ACCUSED ✓2 · contested');
    expect(edgeLabel('ACCUSED', 1, false)).toBe('ACCUSED');
  });
});
