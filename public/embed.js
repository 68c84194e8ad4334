/*
 * Beacon form embed helper. Include it once next to an iframe such as:
 *   <iframe src="https://beacon.example/f/<form id>?embed=1" data-beacon-form title="Contact us"
 *     style="width:100%;border:0" loading="lazy"></iframe>
 *   <script src="https://beacon.example/embed.js" async></script>
 * The form inside the frame reports its height; this script sizes the frame to match, so the form never
 * shows a scrollbar. No dependencies, no globals, and a second copy on the page does nothing.
 */
(function () {
  'use strict';

  var root = document.documentElement;
  // A data attribute rather than a global variable marks the page as handled.
  if (!root || root.hasAttribute('data-beacon-embed')) return;
  root.setAttribute('data-beacon-embed', '');

  var MAX_HEIGHT = 20000;

  function originOf(src) {
    try {
      return new URL(src, window.location.href).origin;
    } catch {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'beacon:form-height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    // Only one of this page's form frames may resize itself, and only from the origin it was loaded from.
    var frames = document.querySelectorAll('iframe[data-beacon-form]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame.src) !== event.origin) return;
      frame.style.height = Math.min(Math.ceil(height), MAX_HEIGHT) + 'px';
      return;
    }
  });
})();
