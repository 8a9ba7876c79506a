// Presses a rating key in the rating session (a keydown on the page, as a keyboard sends it) and
// reports [ms to the painted frame that shows the new status, ms until "Saved" shows again, which
// is once IndexedDB has confirmed the write]; -1 for what did not come within 10 s.
const [key, done] = arguments;
const status = document.querySelector('[data-testid=rate-status]');
const saving = document.querySelector('[data-testid=rate-saving]');
const afterFrame = (then) => requestAnimationFrame(() => setTimeout(then, 0));
let painted = null;
let sawWriting = false;
let finished = false;
const finish = () => {
  if (finished || painted === null) return;
  const isSaved = saving.textContent.includes('Saved');
  if (!isSaved) return;
  finished = true;
  obs.disconnect();
  done([painted, performance.now() - t0]);
};
const obs = new MutationObserver(() => {
  if (painted === null && status.dataset.status !== before) {
    afterFrame(() => { if (painted === null) { painted = performance.now() - t0; finish(); } });
  }
  if (!saving.textContent.includes('Saved')) sawWriting = true;
  if (sawWriting) finish();
});
const before = status.dataset.status;
obs.observe(status, { attributes: true, childList: true, subtree: true });
obs.observe(saving, { childList: true, subtree: true, characterData: true });
const t0 = performance.now();
document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
setTimeout(() => { if (!finished) { finished = true; obs.disconnect(); done([painted === null ? -1 : painted, -1]); } }, 10000);
