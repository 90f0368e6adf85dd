// Keeps the page live (without script, a button reloads it): the server sends the room's live part as HTML it
// wrote and escaped itself; a figure being typed survives the update.
(function () {
  "use strict";
  var live = document.getElementById("live");
  if (!live || !window.EventSource) { return; }
  document.documentElement.classList.add("live");
  var source = new EventSource("/events");
  // The newest passage or answer comes into view when the room reaches it.
  function reached() {
    var count = live.querySelector(".count");
    return count ? count.textContent : null;
  }
  function put(html) {
    var before_count = reached();
    var typing = document.activeElement;
    var keep = typing && typing.id === "figure" && live.contains(typing) ? typing.value : null;
    var panel = live.querySelector("form.guess input[name=panel]");
    var before = panel ? panel.value : null;
    live.innerHTML = html;
    var newest = document.getElementById("newest");
    if (newest && reached() !== before_count && before_count !== null) {
      newest.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
    if (keep !== null) {
      var field = document.getElementById("figure");
      var now = live.querySelector("form.guess input[name=panel]");
      if (field && now && now.value === before) {
        field.value = keep;
        field.focus();
      }
    }
  }
  source.addEventListener("live", function (e) { put(e.data); });
  source.addEventListener("ended", function (e) {
    put(e.data);
    source.close();
    var ask = document.getElementById("ask");
    if (ask) { ask.remove(); }
  });
})();
