/*
 * Beacon form embed helper. Include it once next to an iframe such as:
 *   <iframe src="https://beacon.example/f/<form id>?embed=1" data-beacon-form title="Contact us"
 *     style="width:100%;border:0" loading="lazy"></iframe>
 *   <script src="https://beacon.example/embed.js" async></script>
 * The form inside the frame reports its height; this script sizes the frame to match, so the form never
 * shows a scrollbar. When the form says it is ready, this script tells it where the visit began: the address
 * and referrer of the first page in this tab that loaded the script. A lead so keeps the campaign tags of the
 * link that brought the visitor, not those of the frame or of the page the form happens to be on; include
 * the script on every page (it is small) to capture landings on pages without a form.
 * No dependencies, no globals, and a second copy on the page does nothing.
 */
(function () {
  'use strict';

  var root = document.documentElement;
  // A data attribute rather than a global variable marks the page as handled.
  if (!root || root.hasAttribute('data-beacon-embed')) return;
  root.setAttribute('data-beacon-embed', '');

  var MAX_HEIGHT = 20000;
  var LANDING_KEY = 'beacon:embed-landing';

  function readLanding(storage) {
    try {
      var stored = JSON.parse(storage.getItem(LANDING_KEY) || 'null');
      var valid = stored && typeof stored.landingPage === 'string' && stored.landingPage && typeof stored.referrer === 'string';
      return valid ? { landingPage: stored.landingPage, referrer: stored.referrer } : null;
    } catch {
      // Not JSON (another script's value under this key): overwritten below, like an empty slot.
      return null;
    }
  }

  // First touch for this tab, kept in this site's sessionStorage: it ends with the tab and is never sent as a
  // cookie. The first page that loads this script records itself; later pages read that record. Storage can
  // be blocked (even reading the property throws) or full: then the current page is the best there is.
  function rememberLanding() {
    var current = { landingPage: window.location.href, referrer: document.referrer || '' };
    try {
      var storage = window.sessionStorage;
      if (!storage) return current;
      var stored = readLanding(storage);
      if (stored) return stored;
      storage.setItem(LANDING_KEY, JSON.stringify(current));
    } catch {
      // Attribution is a nice-to-have, never a reason for the embed to break.
    }
    return current;
  }

  var landing = rememberLanding();

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
      { type: 'beacon:form-context', landingPage: landing.landingPage, referrer: landing.referrer },
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
