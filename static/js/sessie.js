// Two minutes before the session ends for inactivity, ask whether the person is still there
// (WCAG 2.2.1). "Aangemeld blijven" extends the session without leaving the page.
(function () {
  "use strict";
  var dialoog = document.getElementById("sessie-waarschuwing");
  if (!dialoog || typeof dialoog.showModal !== "function") {
    return;
  }
  var duur = parseInt(dialoog.dataset.duur, 10) * 1000;
  var waarschuwing = 120 * 1000;
  var timers = [];

  function plan() {
    timers.forEach(window.clearTimeout);
    timers = [
      window.setTimeout(function () { dialoog.showModal(); }, Math.max(duur - waarschuwing, 0)),
      window.setTimeout(function () {
        window.location.assign(dialoog.dataset.loginUrl + "?next=" + encodeURIComponent(window.location.pathname));
      }, duur),
    ];
  }

  dialoog.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    fetch(this.action, { method: "POST", body: new FormData(this), credentials: "same-origin" })
      .then(function (antwoord) {
        if (antwoord.ok) {
          dialoog.close();
          plan();
        }
      });
  });
  plan();
})();
