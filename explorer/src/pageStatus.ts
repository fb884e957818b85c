import { byId, h } from './dom.ts';

/** The page's state for people and tests (`body[data-state]`, the graph panel's aria-busy). */
export function setPageState(value: 'loading' | 'ready' | 'empty' | 'error'): void {
  document.body.dataset.state = value;
  byId('graph-panel').setAttribute('aria-busy', String(value === 'loading'));
}

/** Shows one message above the graph, with a Retry button when `retry` is given. */
export function showMessage(kind: 'info' | 'loading' | 'error' | 'warning', text: string, retry?: () => void): void {
  const box = byId('message');
  box.className = `message ${kind}`;
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  box.replaceChildren(h('span', {}, text));
  if (retry) box.append(h('button', { type: 'button', onclick: retry }, 'Retry'));
  box.hidden = false;
}

/** Hides the message above the graph. */
export function clearMessage(): void {
  byId('message').hidden = true;
}
