// Sets the search box or clicks a facet, then reports the milliseconds from the input until the
// frame that shows its result has been drawn: the first frame after the input, or, when the table
// or the row count changes later than that, the frame after that change. Used by the benchmark
// and the profiler.
const [kind, value, done] = arguments;
const table = document.querySelector('[data-testid=recommendations-table]');
const count = document.querySelector('[data-testid=recommendations-count]');
let finished = false;
let lastChange = null;
const afterFrame = (then) => requestAnimationFrame(() => setTimeout(then, 0));
const finish = () => {
  if (finished) return;
  finished = true;
  obs.disconnect();
  done(performance.now() - t0);
};
const obs = new MutationObserver(() => {
  lastChange = performance.now();
  afterFrame(finish);
});
obs.observe(table, { childList: true, subtree: true, characterData: true });
obs.observe(count, { childList: true, subtree: true, characterData: true });
const t0 = performance.now();
if (kind === 'search') {
  const input = document.querySelector('[data-testid=search]');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
} else {
  document.querySelector('[data-testid="' + value + '"]').click();
}
// The first frame after the input; if nothing has changed by then, the result (the same rows)
// is on screen. A change already seen has its own frame to wait for.
afterFrame(() => { if (lastChange === null) finish(); });
setTimeout(() => { if (!finished) { finished = true; obs.disconnect(); done(-1); } }, 10000);
