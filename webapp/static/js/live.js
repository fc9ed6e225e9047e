// Live updates of an open article: colleagues' changes and who else is viewing the open claim.
// Polls a small endpoint every few seconds; the claim panel's review section tells it which
// article and claim are open. It never replaces a panel the user may be typing in: a stale open
// claim gets a notice with a button instead.
(function () {
  "use strict";

  var POLL_MS = 4000;
  var cursor = null;
  var busy = false;

  function csrfToken() {
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || "";
    } catch (error) {
      return "";
    }
  }

  function liveTarget() {
    var section = document.querySelector("[data-live-url]");
    if (section) {
      return {
        url: section.getAttribute("data-live-url"),
        claim: section.getAttribute("data-live-claim"),
        version: parseInt(section.getAttribute("data-live-version"), 10)
      };
    }
    var match = window.location.pathname.match(/^\/articles\/(\d+)$/);
    return match ? { url: "/live/articles/" + match[1], claim: null, version: null } : null;
  }

  function announce(text) {
    var box = document.getElementById("live-announcements");
    if (!box) {
      box = document.createElement("div");
      box.id = "live-announcements";
      box.className = "live-announcements";
      box.setAttribute("role", "status");
      document.body.appendChild(box);
    }
    var item = document.createElement("p");
    item.textContent = text;
    box.appendChild(item);
    window.setTimeout(function () { item.remove(); }, 8000);
  }

  function showViewers(target, viewers) {
    if (!target.claim) { return; }
    var line = document.getElementById("live-viewers-" + target.claim);
    if (!line) { return; }
    line.textContent = viewers.length ? "Also viewing: " + viewers.join(", ") : "";
    line.hidden = viewers.length === 0;
  }

  function applyChange(target, change) {
    var row = document.getElementById("claim-row-" + change.id);
    if (row && window.htmx) {
      window.htmx.ajax("GET", change.row_url, { target: "#claim-row-" + change.id, swap: "outerHTML" });
    }
    document.querySelectorAll('.claim-mark[data-claim-id="' + change.id + '"]').forEach(function (mark) {
      mark.className = mark.className.replace(/\bstatus-\d+\b/, "status-" + change.status_id);
      mark.classList.toggle("final", Boolean(change.final));
      mark.setAttribute("data-status-name", change.status);
    });
    if (target.claim && String(change.id) === String(target.claim) && change.version > target.version) {
      var notice = document.getElementById("live-stale-" + change.id);
      if (notice) {
        notice.querySelector(".live-stale-text").textContent =
          change.by + " changed this claim (now " + change.status + ").";
        notice.hidden = false;
      }
    }
    announce("Claim " + change.id + " changed by " + change.by + ": " + change.status);
  }

  function poll() {
    var target = liveTarget();
    if (!target || busy || document.hidden) { return; }
    var params = new URLSearchParams();
    if (cursor !== null) { params.set("after", cursor); }
    if (target.claim) { params.set("claim", target.claim); }
    busy = true;
    fetch(target.url + "?" + params.toString(), {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(), "Accept": "application/json" }
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (data) {
      if (!data) { return; }
      cursor = data.cursor;
      showViewers(target, data.viewers || []);
      (data.changed || []).forEach(function (change) { applyChange(target, change); });
    }).catch(function () {
      // The server may be restarting; the next poll tries again.
    }).finally(function () {
      busy = false;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (!liveTarget()) { return; }
    poll();
    window.setInterval(poll, POLL_MS);
    document.body.addEventListener("htmx:afterSettle", function () {
      var target = liveTarget();
      if (target && target.claim) { poll(); }
    });
  });
})();
