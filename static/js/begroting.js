/*
 * Begroting: "Nog een lijn toevoegen" zonder de pagina te versturen.
 * De knop is een echte verstuurknop (name="lijn_toevoegen"): zonder JavaScript komt de pagina terug
 * met een lege lijn meer. Met JavaScript kopiëren we het sjabloon (<template id="lijn-sjabloon">,
 * Django's empty_form met __prefix__), verhogen we TOTAL_FORMS en zetten we de focus op de nieuwe lijn.
 */
(function () {
  "use strict";

  function start() {
    var knop = document.querySelector("[data-lijn-toevoegen]");
    var sjabloon = document.getElementById("lijn-sjabloon");
    var lijnen = document.getElementById("begrotingslijnen");
    if (!knop || !sjabloon || !lijnen) {
      return;
    }
    var prefix = knop.getAttribute("data-lijn-toevoegen");
    var totaal = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
    if (!totaal) {
      return;
    }

    knop.addEventListener("click", function (event) {
      event.preventDefault();
      // Enter in a text field "clicks" the first submit button of the form, which is this one:
      // then the person meant to save, not to add a line.
      if (event.detail === 0 && document.activeElement !== knop) {
        var bewaren = knop.form && knop.form.querySelector(".portal-knoppen button[type='submit']");
        if (bewaren && typeof knop.form.requestSubmit === "function") {
          knop.form.requestSubmit(bewaren);
        }
        return;
      }
      var index = parseInt(totaal.value, 10) || 0;
      var houder = document.createElement("div");
      houder.innerHTML = sjabloon.innerHTML
        .replace(/__prefix__/g, String(index))
        .replace(/__nummer__/g, String(index + 1))
        .trim();
      var lijn = houder.firstElementChild;
      lijnen.appendChild(lijn);
      totaal.value = String(index + 1);
      var eerste = lijn.querySelector("select, input:not([type='hidden']), textarea");
      if (eerste) {
        eerste.focus();
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
