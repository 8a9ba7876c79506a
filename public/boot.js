// Starts the app. It is a file, not an inline script, so that the Content-Security-Policy can forbid
// inline scripts. It also records uncaught errors and CSP violations in window.__appErrors, where
// the end-to-end tests read them in every browser engine.
window.__appErrors = window.__appErrors || [];
const record = (text) => window.__appErrors.push(String(text));
// An error with its message and, where there is one, its stack. V8's stack starts with the
// message; Firefox's and Safari's hold only the frames, so the message is added in front.
const describe = (x) => {
  let text;
  try { text = String(x); } catch (_) { text = Object.prototype.toString.call(x); }
  const stack = x && typeof x === 'object' && typeof x.stack === 'string' ? x.stack : '';
  return !stack ? text : stack.includes(text) ? stack : text + '\n' + stack;
};
window.addEventListener('error', (e) => record('error: ' + (e.message || e.type) + ' at ' + (e.filename || '') + ':' + (e.lineno || '')));
window.addEventListener('unhandledrejection', (e) => record('unhandled rejection: ' + describe(e.reason)));
document.addEventListener('securitypolicyviolation', (e) => record('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));

function showBootProblem(en, mn) {
  const box = document.getElementById('boot-status');
  if (!box) return;
  box.replaceChildren();
  box.setAttribute('role', 'alert');
  for (const [lang, text] of [['en', en], ['mn', mn]]) {
    const p = document.createElement('p');
    p.lang = lang;
    p.textContent = text;
    box.appendChild(p);
  }
}

// Data imported in this browser is shown instead of the bundled data (src/storage.rs marks it),
// or ratings recorded here are shown with it (src/state/tracker.rs): the bundled data's figures
// written into the page are then not the figures shown, and go at once.
try {
  // The app starts its tracker at once when ratings are kept (src/state/tracker.rs).
  window.__uprChanges = !!localStorage.getItem('upr-changes');
  const changed = localStorage.getItem('upr-kept-import') || window.__uprChanges;
  const glance = changed && document.getElementById('glance');
  if (glance) glance.remove();
} catch (_) { /* storage refused (a private window): the app replaces the figures when it runs */ }

if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
  showBootProblem(
    'This browser cannot run WebAssembly, which the dashboard needs. Please open the link in a current version of Chrome, Firefox, Edge or Safari.',
    'Энэ хөтөч WebAssembly ажиллуулж чадахгүй байна. Холбоосыг Chrome, Firefox, Edge, Safari-ийн шинэ хувилбараар нээнэ үү.');
} else {
  // The wasm and the bundled dataset are asked for now, while the glue arrives. The app takes the
  // dataset's response from window.__uprDataset (src/state.rs), and reports a failure itself.
  const wasm = fetch('./upr-dashboard_bg.wasm');
  window.__uprDataset = fetch('./data/mongolia-upr.json');
  window.__uprDataset.catch(() => {});
  import('./upr-dashboard.js')
    .then((m) => m.default({ module_or_path: wasm }))
    // The benchmark reads the WebAssembly memory's size here.
    .then((wasm) => { window.__uprWasmMemory = wasm && wasm.memory; })
    .catch((err) => {
      record('boot: ' + describe(err));
      showBootProblem(
        'The dashboard could not start (' + err + '). Reload the page; if it keeps failing, check your connection.',
        'Самбар эхэлж чадсангүй (' + err + '). Хуудсыг дахин ачаална уу; дахин алдаа гарвал холболтоо шалгана уу.');
    });
}
