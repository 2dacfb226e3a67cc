// Polls the report's state while it is being made; reloads the page when it is done or failed.
(function () {
  "use strict";
  var blok = document.getElementById("rapport");
  if (!blok || (blok.dataset.status !== "wachtend" && blok.dataset.status !== "bezig")) {
    return;
  }
  var balk = document.getElementById("rapport-voortgang");
  var procent = document.getElementById("rapport-procent");
  function vraag() {
    fetch(blok.dataset.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (antwoord) { return antwoord.json(); })
      .then(function (stand) {
        if (stand.status === "klaar" || stand.status === "mislukt") {
          window.location.reload();
          return;
        }
        balk.value = stand.voortgang;
        procent.textContent = stand.voortgang + "%";
        window.setTimeout(vraag, 1500);
      })
      .catch(function () { window.setTimeout(vraag, 5000); });
  }
  window.setTimeout(vraag, 1000);
})();
