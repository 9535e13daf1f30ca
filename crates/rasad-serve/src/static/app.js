// rasad's one script: the language toggle. Everything else is rendered by
// the server, so the pages work without it.
(function () {
  "use strict";
  var b = document.getElementById("lang-toggle");
  if (!b) return;
  b.addEventListener("click", function () {
    var lang = b.getAttribute("data-lang") === "en" ? "en" : "fa";
    document.cookie = "lang=" + lang + "; Path=/; SameSite=Strict; Max-Age=31536000";
    window.location.reload();
  });
})();
