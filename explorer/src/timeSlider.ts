// The time slider under the graph: the graph as of a month (only the facts valid then), and Play,
// which steps month by month so facts appear (valid from) and end (valid to: an ending fact
// closed them). It drives `asOf` on the page's queries through the view state (?asof=YYYY-MM).
import { byId } from './dom.ts';
import type { ViewStore } from './viewStore.ts';

/** How long each month stays on screen while playing, after its graph is drawn. */
export const PLAY_STEP_MS = 700;

/** The month after `month` among `months`, or undefined at the end (or when `month` is not a step). */
export function nextMonth(months: string[], month: string | undefined): string | undefined {
  if (!month) return months[0];
  const i = months.indexOf(month.slice(0, 7));
  return i >= 0 && i < months.length - 1 ? months[i + 1] : undefined;
}

export interface TimeSlider {
  /** Shows the slider when some fact is dated; sets it from the view. */
  render(): void;
  /** Stops playing (another action took over the view). */
  stop(): void;
}

/** Binds #time-bar's controls; `setAsOf` commits the month (undefined = all time) and redraws, resolving when drawn. */
export function createTimeSlider(store: ViewStore, setAsOf: (month: string | undefined) => Promise<void>): TimeSlider {
  const bar = byId('time-bar');
  const on = byId<HTMLInputElement>('asof-on');
  const slider = byId<HTMLInputElement>('asof');
  const label = byId('asof-label');
  const play = byId<HTMLButtonElement>('asof-play');
  let playing = false;

  const monthAt = (i: number) => store.months[Math.min(Math.max(i, 0), store.months.length - 1)];
  const show = (month: string | undefined) => {
    label.textContent = month ? `as of ${month}` : 'all time';
    play.textContent = playing ? 'Pause' : 'Play';
    play.setAttribute('aria-pressed', String(playing));
  };

  function render(): void {
    const months = store.months;
    bar.hidden = months.length === 0;
    slider.max = String(Math.max(months.length - 1, 0));
    const asOf = store.state.asOf;
    on.checked = asOf !== undefined;
    slider.disabled = asOf === undefined;
    const i = asOf ? months.indexOf(asOf.slice(0, 7)) : -1;
    slider.value = String(i >= 0 ? i : months.length - 1);
    show(asOf);
  }

  const stop = () => {
    playing = false;
    show(store.state.asOf);
  };

  /** Steps a month at a time from the current one (or the first), each after the last is drawn. */
  async function runPlay(): Promise<void> {
    playing = true;
    show(store.state.asOf); // the button says Pause at once
    let month = store.state.asOf && nextMonth(store.months, store.state.asOf) ? store.state.asOf : undefined;
    while (playing) {
      month = nextMonth(store.months, month);
      if (!month) break;
      await setAsOf(month);
      render();
      await new Promise((resolve) => setTimeout(resolve, PLAY_STEP_MS));
    }
    stop();
  }

  on.addEventListener('change', () => {
    stop();
    void setAsOf(on.checked ? monthAt(Number(slider.value)) : undefined).then(render);
    render();
  });
  slider.addEventListener('input', () => show(monthAt(Number(slider.value))));
  slider.addEventListener('change', () => {
    stop();
    void setAsOf(monthAt(Number(slider.value))).then(render);
  });
  play.addEventListener('click', () => {
    if (playing) stop();
    else void runPlay();
  });
  return { render, stop };
}
