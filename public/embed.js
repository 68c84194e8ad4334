/*
 * Beacon form embed helper. Include it once next to an iframe such as:
 *   <iframe src="https://beacon.example/f/<form id>?embed=1" data-beacon-form title="Contact us"
 *     style="width:100%;border:0" loading="lazy"></iframe>
 *   <script src="https://beacon.example/embed.js" async></script>
 * The form inside the frame reports its height; this script sizes the frame to match, so the form never
 * shows a scrollbar. When the form says it is ready, this script tells it which page it sits on (address
 * and referrer), so a lead keeps the campaign tags of this page rather than those of the frame.
 * No dependencies, no globals, and a second copy on the page does nothing.
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

  // Only one of this page's form frames may talk to this script, and only from the origin it was loaded
  // from: anything else on the page (ads, widgets, a frame that navigated elsewhere) is ignored.
  function senderFrame(event) {
    var frames = document.querySelectorAll('iframe[data-beacon-form]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      return originOf(frame.src) === event.origin ? frame : null;
    }
    return null;
  }

  function resize(frame, data) {
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    frame.style.height = Math.min(Math.ceil(height), MAX_HEIGHT) + 'px';
  }

  function sendContext(frame, origin) {
    // Addressed to the frame's own origin, so this page's address never reaches anything else loaded there.
    frame.contentWindow.postMessage(
      { type: 'beacon:form-context', landingPage: window.location.href, referrer: document.referrer || '' },
      origin,
    );
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    if (data.type !== 'beacon:form-height' && data.type !== 'beacon:form-ready') return;
    var frame = senderFrame(event);
    if (!frame) return;
    if (data.type === 'beacon:form-height') resize(frame, data);
    else sendContext(frame, event.origin);
  });
})();
