// The quick exit of the report pages: the neutral page replaces this one in the history (the
// back button does not return here), and Escape twice within a second does the same.
(function () {
  "use strict";
  var knop = document.querySelector("[data-snel-weg]");
  if (!knop) return;
  function weg(gebeurtenis) {
    if (gebeurtenis) gebeurtenis.preventDefault();
    window.location.replace(knop.href);
  }
  knop.addEventListener("click", weg);
  var vorige = 0;
  document.addEventListener("keydown", function (gebeurtenis) {
    if (gebeurtenis.key !== "Escape") return;
    var nu = Date.now();
    if (nu - vorige < 1000) weg(gebeurtenis);
    vorige = nu;
  });
})();
