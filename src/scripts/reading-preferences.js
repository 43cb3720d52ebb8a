// Inlined in <head> by BaseLayout so that preferences apply before first paint. Event delegation
// lets the controls work as soon as they are parsed, with no other script on content pages.
// Kept in one file because the Content Security Policy allows this one inline script by its hash.
(function () {
  var root = document.documentElement;
  var KEY = 'ehome-reading-preferences';
  var SIZES = ['100', '125', '150', '200'];
  // 长者模式 raises the text to at least this size (工信部适老化规范: 字号可放大).
  var ELDERLY_SIZE = '150';
  var prefs = read();
  root.classList.add('js');

  function read() {
    var stored;
    try { stored = JSON.parse(localStorage.getItem(KEY) || '{}'); } catch (e) { stored = null; }
    if (!stored || typeof stored !== 'object') stored = {};
    // The first version had a single 大字 step, which was 125%.
    if (stored.textSize === 'large') stored.textSize = '125';
    return {
      textSize: SIZES.indexOf(stored.textSize) >= 0 ? stored.textSize : '100',
      contrast: stored.contrast === 'high' ? 'high' : '',
      elderly: stored.elderly === 'on' ? 'on' : '',
      // The size to go back to when 长者模式 is switched off, unless the reader chose another one since.
      restore: SIZES.indexOf(stored.restore) >= 0 ? stored.restore : ''
    };
  }

  function setAttr(name, value) {
    if (value) root.setAttribute(name, value);
    else root.removeAttribute(name);
  }

  function apply() {
    setAttr('data-text-size', prefs.textSize === '100' ? '' : prefs.textSize);
    setAttr('data-contrast', prefs.contrast);
    setAttr('data-elderly', prefs.elderly);
    var controls = document.querySelectorAll('[data-pref]');
    for (var i = 0; i < controls.length; i++) {
      var c = controls[i];
      c.setAttribute('aria-pressed', String(prefs[c.getAttribute('data-pref')] === c.getAttribute('data-pref-value')));
    }
  }

  // A table wider than the screen scrolls inside its .table-scroll box. Only then does the box need
  // to be a labelled tab stop, so that keyboard users can scroll it (WCAG 2.1.1); otherwise it
  // would be an empty stop. Boxes a component already made focusable are left alone.
  function fitTables() {
    var boxes = document.querySelectorAll('.table-scroll');
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      if (box.hasAttribute('tabindex') && !box.hasAttribute('data-scroll-auto')) continue;
      if (box.scrollWidth > box.clientWidth + 1) {
        var caption = box.querySelector('caption');
        box.setAttribute('data-scroll-auto', '');
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', (caption ? caption.textContent.trim() + '，' : '') + '表格可左右滚动');
      } else if (box.hasAttribute('data-scroll-auto')) {
        box.removeAttribute('data-scroll-auto');
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    }
  }

  function choose(name, value) {
    if (name === 'textSize') {
      prefs.textSize = value;
      prefs.restore = '';
    } else if (name === 'elderly') {
      if (prefs.elderly) {
        prefs.elderly = '';
        if (prefs.restore) prefs.textSize = prefs.restore;
        prefs.restore = '';
      } else {
        prefs.elderly = 'on';
        prefs.restore = prefs.textSize;
        if (SIZES.indexOf(prefs.textSize) < SIZES.indexOf(ELDERLY_SIZE)) prefs.textSize = ELDERLY_SIZE;
      }
    } else {
      prefs[name] = prefs[name] === value ? '' : value;
    }
    try { localStorage.setItem(KEY, JSON.stringify(prefs)); } catch (e) { /* private mode: still applies to this page */ }
    apply();
    fitTables();
  }

  // 朗读 lives in /scripts/read-aloud.js, loaded on the first press: no speech code on a page
  // until a reader asks for it.
  var canSpeak = !!(window.speechSynthesis && window.SpeechSynthesisUtterance);
  var readAloud = null;
  function onSpeech(action) {
    readAloud = readAloud || import('/scripts/read-aloud.js');
    readAloud.then(function (module) { module.onSpeech(action); });
  }

  apply();
  document.addEventListener('DOMContentLoaded', function () {
    apply();
    var box = document.querySelector('[data-read-aloud]');
    if (box && canSpeak) box.hidden = false;
    fitTables();
  });
  window.addEventListener('resize', fitTables);
  document.addEventListener('click', function (event) {
    var target = event.target && event.target.closest ? event.target.closest('[data-pref], [data-speech]') : null;
    if (!target) return;
    if (target.hasAttribute('data-pref')) choose(target.getAttribute('data-pref'), target.getAttribute('data-pref-value'));
    else if (canSpeak) onSpeech(target.getAttribute('data-speech'));
  });
})();
