// Inlined in <head> so preferences apply before first paint. Event delegation lets the buttons
// work as soon as they exist, without waiting for the page to finish loading.
(function () {
  var root = document.documentElement;
  var KEY = 'ehome-reading-preferences';
  var attrs = { textSize: 'data-text-size', contrast: 'data-contrast' };
  var prefs = {};
  try { prefs = JSON.parse(localStorage.getItem(KEY) || '{}') || {}; } catch (e) { prefs = {}; }
  root.classList.add('js');
  function apply() {
    Object.keys(attrs).forEach(function (name) {
      if (prefs[name]) root.setAttribute(attrs[name], prefs[name]);
      else root.removeAttribute(attrs[name]);
    });
    var buttons = document.querySelectorAll('[data-pref]');
    for (var i = 0; i < buttons.length; i++) {
      var b = buttons[i];
      b.setAttribute('aria-pressed', String(prefs[b.getAttribute('data-pref')] === b.getAttribute('data-pref-on')));
    }
  }
  apply();
  document.addEventListener('DOMContentLoaded', apply);
  document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('[data-pref]') : null;
    if (!button) return;
    var name = button.getAttribute('data-pref');
    var on = button.getAttribute('data-pref-on');
    prefs[name] = prefs[name] === on ? '' : on;
    try { localStorage.setItem(KEY, JSON.stringify(prefs)); } catch (e) { /* private mode: still applies to this page */ }
    apply();
  });
})();
