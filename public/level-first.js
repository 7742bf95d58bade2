// Before a competency page's first paint: the asked level only (?level=), tools in place. See src/islands/level-selector/level-picker.ts.
(function () {
  var r = document.documentElement,
    l;
  r.setAttribute('data-js', '');
  l = new URLSearchParams(location.search).get('level');
  if (!l || !/^[A-Za-z0-9]{1,3}$/.test(l) || !('adoptedStyleSheets' in document)) return;
  try {
    var s = new CSSStyleSheet();
    s.replaceSync(
      '#level-matrix>[data-level]:not([data-level="' +
        l +
        '" i]){display:none}@media (min-width:60rem){#level-matrix{grid-template-columns:minmax(0,1fr);max-width:46rem}}',
    );
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat(s);
    window.levelFirstSheet = s;
  } catch {
    // Without constructable stylesheets the page shows every level until its script runs.
  }
})();
