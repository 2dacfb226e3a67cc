/*
 * Portaal Welzijn en Gelijke Kansen: klein, zonder afhankelijkheden.
 * - Zet de focus op een element met [data-focus] (bv. het foutenoverzicht van een formulier).
 * - Een link in het foutenoverzicht zet de focus op het veld (ook bij velden in een fieldset).
 */
(function () {
  "use strict";

  function focusOpLaden() {
    var doel = document.querySelector("[data-focus]");
    if (!doel) {
      return;
    }
    if (!doel.hasAttribute("tabindex")) {
      doel.setAttribute("tabindex", "-1");
    }
    doel.focus();
    if (typeof doel.scrollIntoView === "function") {
      doel.scrollIntoView({ block: "start" });
    }
  }

  function koppelFoutlinks() {
    var links = document.querySelectorAll(".foutenoverzicht a[href^='#']");
    Array.prototype.forEach.call(links, function (link) {
      link.addEventListener("click", function (event) {
        var id = decodeURIComponent(link.getAttribute("href").slice(1));
        var veld = document.getElementById(id);
        if (!veld) {
          return;
        }
        event.preventDefault();
        var groep = veld.closest("fieldset, .form-item");
        if (groep && typeof groep.scrollIntoView === "function") {
          groep.scrollIntoView({ block: "start" });
        }
        veld.focus({ preventScroll: true });
      });
    });
  }

  function start() {
    focusOpLaden();
    koppelFoutlinks();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
