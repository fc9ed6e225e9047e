// Claimdesk's workspace behaviour, in one module: claim marks kept in step with the panel and
// with colleagues' changes (live updates), claim tooltips, adding a claim from a text
// selection, and keyboard shortcuts. No inline script anywhere: the Content-Security-Policy
// forbids it.
"use strict";

// --- claim marks: the one place their status classes change -----------------------------------
function markStatus(claimId, statusId, final, statusName) {
  document.querySelectorAll(`.claim-mark[data-claim-id="${claimId}"]`).forEach((mark) => {
    mark.className = mark.className.replace(/\bstatus-\d+\b/, `status-${statusId}`);
    mark.classList.toggle("final", Boolean(final));
    if (statusName) mark.dataset.statusName = statusName;
  });
  // and the badge of its row in the list (a colleague's change may come without the row)
  const badge = document.querySelector(`#claim-row-${claimId} .badge`);
  if (badge && statusName) {
    badge.className = badge.className.replace(/\bstatus-\d+\b/, `status-${statusId}`);
    badge.dataset.statusId = statusId;
    badge.textContent = statusName;
  }
}

// --- the panel and the article stay in step ------------------------------------------------
document.addEventListener("htmx:afterSwap", (event) => {
  const panel = event.detail.target.querySelector(".panel[data-claim-id]");
  if (!panel) return;
  const claimId = panel.dataset.claimId;
  const badge = panel.querySelector(".panel-head .badge");
  document.querySelectorAll(".claim-mark.selected, .claim-row.selected").forEach((node) => {
    node.classList.remove("selected");
  });
  markStatus(
    claimId,
    panel.dataset.statusId,
    panel.dataset.statusFinal === "true",
    badge ? badge.textContent.trim() : null,
  );
  document.querySelectorAll(`.claim-mark[data-claim-id="${claimId}"]`).forEach((mark) => {
    mark.classList.add("selected");
  });
  document.getElementById(`claim-row-${claimId}`)?.classList.add("selected");
  const next = document.getElementById("next-unreviewed");
  if (next) {
    const url = new URL(next.href, window.location.href);
    url.searchParams.set("after", claimId);
    next.href = url.pathname + url.search;
  }
});

// --- after an action in the panel: its result in view, focus back on the claim ---------------
// The panel is replaced by every action. The reviewer must see what their action did where they
// did it: a refused field is focused with its message in view; a success message stands beside
// the form that was sent; then focus returns to the claim (the panel), so j/k/1–9 work again.
let lastPanelForm = null;

document.addEventListener("htmx:beforeRequest", (event) => {
  if (event.detail.requestConfig?.verb !== "post") return;  // a preview or a load changes nothing
  const form = event.detail.elt?.closest?.("form");
  lastPanelForm = form && form.closest("#claim-panel") ? form.getAttribute("hx-post") : null;
});

function sectionOf(panel, action) {
  const form = action && panel.querySelector(`form[hx-post="${CSS.escape(action)}"]`);
  return form || null;
}

function placeFeedback(panel, action) {
  const invalid = panel.querySelector('[aria-invalid="true"]');
  if (invalid) {
    invalid.focus({ preventScroll: true });
    (invalid.closest(".field") || invalid).scrollIntoView({ block: "nearest" });
    return;
  }
  const alert = panel.querySelector(".conflict[role=alert]");
  const message = panel.querySelector(".panel-message");
  const form = sectionOf(panel, action);
  // Beside the form, or beside its (closed) disclosure: never hidden inside it.
  if (message && form) (form.closest("details:not([open])") || form).after(message);
  const shown = alert || message || form;
  panel.focus({ preventScroll: true });
  shown?.scrollIntoView({ block: "nearest" });
}

document.addEventListener("htmx:afterSwap", (event) => {
  if (event.detail.target.id !== "claim-panel") return;
  const panel = event.detail.target.querySelector(".panel[data-claim-id]");
  if (!panel) return;
  const action = lastPanelForm;
  lastPanelForm = null;
  if (action) placeFeedback(panel, action);
  else if (NARROW.matches) panel.scrollIntoView({ block: "start" });  // on a phone the panel
  // sits below the article: a claim opened from the text or the list is brought into view.
});

const NARROW = window.matchMedia("(max-width: 960px)");

// Ctrl+Enter (⌘+Enter) in a note or comment sends it.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
  const field = event.target.closest?.("textarea");
  const form = field?.closest("form");
  if (!form) return;
  event.preventDefault();
  sendForm(form);
});

// A form swapped in a moment ago may not be wired to htmx yet; a key pressed in that moment must
// still send it through htmx, never as a full-page post.
function sendForm(form) {
  if (form.hasAttribute("hx-post")) window.htmx?.process(form);
  form.requestSubmit();
}

// --- a pasted text over the size limit is refused here, before sending: the text stays -------
const utf8 = new TextEncoder();

function checkTextSize(field) {
  const limit = Number(field.dataset.maxBytes);
  const size = utf8.encode(field.value).length;
  const hint = document.getElementById(field.dataset.hint);
  const over = size > limit;
  field.setAttribute("aria-invalid", over ? "true" : "false");
  field.closest(".field")?.classList.toggle("has-error", over);
  if (hint) {
    hint.classList.toggle("field-error", over);
    hint.textContent = over
      ? `This text is ${size.toLocaleString("en")} bytes, over the limit of ` +
        `${limit.toLocaleString("en")} bytes; nothing was sent. Shorten it, split it into ` +
        "parts, or import it as a file."
      : `${size.toLocaleString("en")} of ${limit.toLocaleString("en")} bytes. ` +
        (hint.dataset.limitHint || "");
  }
  return !over;
}

document.addEventListener("input", (event) => {
  if (event.target.dataset?.maxBytes) checkTextSize(event.target);
});

document.addEventListener("submit", (event) => {
  const field = event.target.querySelector?.("textarea[data-max-bytes]");
  if (field && !checkTextSize(field)) {
    event.preventDefault();
    field.focus();
  }
});

// A shared link to a claim opens with that claim's passage in view.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelector(".claim-mark.selected")?.scrollIntoView({ block: "center" });
});

// --- hover and focus information on highlighted claims ----------------------------------------
const tip = () => document.getElementById("claim-tip");

function tipText(mark) {
  const parts = [`Claim ${mark.dataset.claimId}`, mark.dataset.statusName];
  parts.push(mark.dataset.speaker ? `speaker: ${mark.dataset.speaker}` : "no speaker");
  parts.push(`score ${mark.dataset.score}`);
  if (mark.dataset.inside) parts.push(`inside ${mark.dataset.inside}`);
  return parts.join(" · ");
}

function showTip(mark) {
  const box = tip();
  if (!box) return;
  box.textContent = tipText(mark);
  box.hidden = false;
  const rect = mark.getBoundingClientRect();
  const width = box.offsetWidth;
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
  box.style.left = `${left}px`;
  box.style.top = `${rect.bottom + 6}px`;
}

function hideTip() {
  const box = tip();
  if (box) box.hidden = true;
}

// A click opens the claim in the panel: from then on the tip would only cover the text, so it
// hides and stays hidden until the pointer leaves that mark. Keyboard focus shows it.
let tipDismissedFor = null;

document.addEventListener("mouseover", (event) => {
  const mark = event.target.closest?.(".claim-mark");
  if (mark && mark !== tipDismissedFor) showTip(mark);
});
document.addEventListener("focusin", (event) => {
  const mark = event.target.closest?.(".claim-mark");
  if (mark && mark.matches(":focus-visible") && mark !== tipDismissedFor) showTip(mark);
});
document.addEventListener("click", (event) => {
  const mark = event.target.closest?.(".claim-mark");
  if (!mark) return;
  tipDismissedFor = mark;
  hideTip();
});
for (const type of ["mouseout", "focusout"]) {
  document.addEventListener(type, (event) => {
    const mark = event.target.closest?.(".claim-mark");
    if (!mark) return;
    hideTip();
    if (type === "mouseout" && !mark.contains(event.relatedTarget)) tipDismissedFor = null;
  });
}

// --- adding a claim from a selection ----------------------------------------------------------
// The server counts Unicode code points; the DOM counts UTF-16 units. Each paragraph carries the
// code-point offset where it starts (data-start), and its text nodes reproduce the article text
// exactly, so a point's offset is data-start plus the code points between paragraph start and it.
function codePoints(text) {
  return Array.from(text).length;
}

function paragraphOf(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element?.closest("#article-text p[data-start]") || null;
}

function pointOffset(paragraph, node, offset) {
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return Number(paragraph.dataset.start) + codePoints(range.toString());
}

function readSelection() {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const first = paragraphOf(range.startContainer);
  let last = paragraphOf(range.endContainer);
  if (!first) return null;
  const start = pointOffset(first, range.startContainer, range.startOffset);
  let end;
  if (last === first) {
    end = pointOffset(first, range.endContainer, range.endOffset);
  } else if (!last || pointOffset(last, range.endContainer, range.endOffset) === Number(last.dataset.start)) {
    // A triple click ends the selection at the very start of the next paragraph.
    last = first;
    end = Number(first.dataset.start) + codePoints(first.textContent);
  } else {
    return { error: "Select words within one paragraph: a claim cannot span paragraphs." };
  }
  const quoteRange = document.createRange();
  quoteRange.setStart(range.startContainer, range.startOffset);
  if (last === paragraphOf(range.endContainer)) {
    quoteRange.setEnd(range.endContainer, range.endOffset);
  } else {
    quoteRange.setEnd(first, first.childNodes.length);
  }
  const quote = quoteRange.toString();
  if (!quote.trim()) return null;
  return { start, end, quote };
}

function showSelection() {
  const bar = document.getElementById("selection-bar");
  if (!bar) return;
  const found = readSelection();
  if (!found) return; // a click elsewhere (even on "Add claim") keeps the last selection
  const message = document.getElementById("selection-message");
  const button = document.getElementById("add-claim");
  bar.hidden = false;
  if (found.error) {
    message.textContent = found.error;
    document.getElementById("selection-preview").textContent = "";
    button.disabled = true;
    return;
  }
  message.textContent = "";
  button.disabled = false;
  bar.elements.start.value = found.start;
  bar.elements.end.value = found.end;
  bar.elements.quote.value = found.quote;
  document.getElementById("selection-preview").textContent = found.quote;
}

let selectionTimer = null;
document.addEventListener("selectionchange", () => {
  clearTimeout(selectionTimer);
  selectionTimer = setTimeout(showSelection, 120);
});

// Ending a drag inside a highlighted claim must not open that claim: the user is selecting.
document.addEventListener(
  "click",
  (event) => {
    const selection = window.getSelection();
    if (event.target.closest?.(".claim-mark") && selection && !selection.isCollapsed) {
      event.preventDefault();
      event.stopPropagation();
    }
  },
  true,
);

document.addEventListener("click", (event) => {
  if (event.target.closest("[data-clear-selection]")) {
    const bar = document.getElementById("selection-bar");
    if (bar) bar.hidden = true;
    window.getSelection()?.removeAllRanges();
  }
  if (event.target.closest("[data-open-help]")) openHelp();
});

// --- keyboard shortcuts ---------------------------------------------------------------------
// Only fields that take typing hold on to letter and digit keys; a focused button, checkbox or
// link never does (a shortcut after clicking "Add note" must still work).
const TEXT_INPUT_TYPES = new Set([
  "text", "search", "url", "email", "password", "number", "tel", "date", "datetime-local",
  "month", "week", "time",
]);

function isTyping(target) {
  if (!target?.closest) return false;
  if (target.isContentEditable || target.closest("textarea, select, [contenteditable]")) {
    return true;
  }
  const input = target.closest("input");
  return Boolean(input && TEXT_INPUT_TYPES.has(input.type));
}

function isVisible(element) {
  return element.getClientRects().length > 0;
}

function openHelp() {
  const dialog = document.getElementById("shortcut-help");
  if (dialog && !dialog.open) dialog.showModal();
}

function moveInList(step) {
  const links = Array.from(document.querySelectorAll("#claim-list .claim-row > a"));
  if (links.length === 0) return;
  const panel = document.querySelector("#claim-panel .panel[data-claim-id]");
  const current = panel ? links.findIndex((a) => a.dataset.claimId === panel.dataset.claimId) : -1;
  let index = current === -1 ? (step > 0 ? 0 : links.length - 1) : current + step;
  index = Math.max(0, Math.min(links.length - 1, index));
  const link = links[index];
  link.focus();
  link.click();
  document
    .querySelector(`.claim-mark[data-claim-id="${link.dataset.claimId}"]`)
    ?.scrollIntoView({ block: "nearest" });
}

function setStatusByPosition(position) {
  const form = document.querySelector("#claim-panel .status-form");
  const select = form?.querySelector("select");
  if (!select || position > select.options.length) return;
  select.selectedIndex = position - 1;
  sendForm(form);
}

function focusIn(selector) {
  const field = document.querySelector(selector);
  if (!field) return;
  const details = field.closest("details");
  if (details) details.open = true;
  field.focus();
}

const SHORTCUTS = {
  j: () => moveInList(1),
  k: () => moveInList(-1),
  n: () => focusIn("#claim-panel .note-form textarea"),
  s: () => focusIn("#claim-panel .source-add input[name=url]"),
  "/": () => focusIn("#claim-search"),
  "?": openHelp,
};

// Highlighted claims are spans (a link cannot be drag-selected); Enter opens them like a link.
document.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && event.target.classList?.contains("claim-mark")) {
    event.preventDefault();
    event.target.click();
  }
});

document.addEventListener("keydown", (event) => {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === "Escape") {
    hideTip();
    const bar = document.getElementById("selection-bar");
    if (bar && !bar.hidden) bar.hidden = true;
  }
  if (isTyping(event.target) || !document.getElementById("article-text")) return;
  if (document.getElementById("shortcut-help")?.open) return;
  const key = event.key;
  if (/^[1-9]$/.test(key)) {
    event.preventDefault();
    setStatusByPosition(Number(key));
    return;
  }
  if (SHORTCUTS[key]) {
    event.preventDefault();
    SHORTCUTS[key]();
    return;
  }
  // Other keys belong to buttons that declare them, e.g. data-shortcut="a" on "Approve".
  if (key.length !== 1 || !/^[a-z]$/.test(key)) return;
  const target = Array.from(
    document.querySelectorAll(`#claim-panel [data-shortcut="${key}"]`)
  ).find((element) => isVisible(element) && !element.disabled);
  if (target) {
    event.preventDefault();
    target.click();
  }
});

// --- live updates of an open article -----------------------------------------------------------
// Polls the address the article names (data-live-url) every few seconds: colleagues' changes
// update marks and list rows, and who else has the open claim in view. It never replaces a panel
// the user may be typing in: a stale open claim gets a notice with a button instead.
// Where the server streams the article's changes (data-live-events-url; with Redis), the page
// shows each change as soon as it is committed (or polls at once for those the stream only
// announces), and otherwise polls only often enough to stay listed as viewing; where it does not
// (204), polling every few seconds is all.
const LIVE_POLL_MS = 4000;
const LIVE_STREAM_POLL_MS = 10000;
const live = { cursor: null, busy: false, again: false, last: 0, stream: null, shown: new Set() };

function streaming() {
  return live.stream !== null && live.stream.readyState === EventSource.OPEN;
}

function openLiveStream() {
  const article = document.querySelector("[data-live-events-url]");
  if (!article || !window.EventSource) return;
  live.stream = new EventSource(article.dataset.liveEventsUrl);
  // Opened (again): changes made while it was not are asked for at once.
  live.stream.addEventListener("open", () => livePoll(true));
  // A change made through the change pipeline comes whole: shown without asking.
  live.stream.addEventListener("changes", (event) => {
    const target = liveTarget();
    const me = document.querySelector("[data-live-user-id]")?.dataset.liveUserId;
    if (!target) return;
    const changes = JSON.parse(event.data).changes;
    showLiveChanges(target, changes.filter((change) => String(change.by_id) !== me));
  });
  // Other changes (an import, a restore…) are asked for.
  live.stream.addEventListener("changed", (event) => {
    if (live.cursor === null || Number(event.data) > live.cursor) livePoll(true);
  });
  // Someone opened a claim: the open one's "Also viewing" line is asked for.
  live.stream.addEventListener("viewers", (event) => {
    const target = liveTarget();
    if (target?.claim && String(target.claim) === event.data) livePoll(true);
  });
}

function liveTarget() {
  const article = document.querySelector("[data-live-url]");
  if (!article) return null;
  const panel = document.querySelector("#claim-panel .panel[data-claim-id]");
  return {
    url: article.dataset.liveUrl,
    claim: panel ? panel.dataset.claimId : null,
    version: panel ? parseInt(panel.dataset.version, 10) : null,
  };
}

function csrfToken() {
  try {
    return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || "";
  } catch (error) {
    return "";
  }
}

function announce(text) {
  let box = document.getElementById("live-announcements");
  if (!box) {
    box = document.createElement("div");
    box.id = "live-announcements";
    box.className = "live-announcements";
    box.setAttribute("role", "status");
    document.body.appendChild(box);
  }
  const item = document.createElement("p");
  item.textContent = text;
  box.appendChild(item);
  window.setTimeout(() => item.remove(), 8000);
}

function showViewers(target, viewers) {
  if (!target.claim) return;
  const line = document.getElementById(`live-viewers-${target.claim}`);
  if (!line) return;
  line.textContent = viewers.length ? `Also viewing: ${viewers.join(", ")}` : "";
  line.hidden = viewers.length === 0;
}

// Each version of a claim is shown once, whether the stream or a poll brought it first. A few
// changes are announced one by one; more at once (a bulk change) in one line.
const LIVE_ANNOUNCED_ONE_BY_ONE = 3;

function showLiveChanges(target, changes) {
  const fresh = changes.filter((change) => !live.shown.has(`${change.id}:${change.version}`));
  fresh.forEach((change) => {
    live.shown.add(`${change.id}:${change.version}`);
    applyLiveChange(target, change);
  });
  if (fresh.length > LIVE_ANNOUNCED_ONE_BY_ONE) {
    const by = [...new Set(fresh.map((change) => change.by))].join(", ");
    announce(`${fresh.length} claims changed by ${by}`);
  } else {
    fresh.forEach((change) => {
      announce(`Claim ${change.id} changed by ${change.by}: ${describeChange(change)}`);
    });
  }
}

function applyLiveChange(target, change) {
  // The change brings the claim's row in the list, rendered once for every page that has the
  // article open; the row keeps its selection.
  const row = document.getElementById(`claim-row-${change.id}`);
  if (row && change.row) {
    const template = document.createElement("template");
    template.innerHTML = change.row.trim();
    const fresh = template.content.firstElementChild;
    fresh.classList.toggle("selected", row.classList.contains("selected"));
    row.replaceWith(fresh);
    window.htmx?.process(fresh);
  }
  markStatus(change.id, change.status_id, change.final, change.status);
  if (target.claim && String(change.id) === String(target.claim) && change.version > target.version) {
    const notice = document.getElementById(`live-stale-${change.id}`);
    if (notice) {
      notice.querySelector(".live-stale-text").textContent =
        `${change.by} changed this claim: ${describeChange(change)}.`;
      notice.hidden = false;
    }
  }
}

// What a colleague changed, in words: "wording and speaker", "status now Accurate".
const FIELD_WORDS = {
  text: "wording", speaker: "speaker", assignee: "assignee", note: "notes", source: "sources",
  span: "passage", dismissal: "dismissed", verdict: "review", comment: "comments",
};

function describeChange(change) {
  const fields = change.fields || [];
  const words = fields.filter((field) => field !== "status").map((f) => FIELD_WORDS[f] || f);
  if (fields.includes("status") || words.length === 0) words.unshift(`status now ${change.status}`);
  return words.join(", ");
}

function livePoll(now = false) {
  const target = liveTarget();
  if (!target || document.hidden) return;
  if (live.busy) {
    live.again = live.again || now;
    return;
  }
  if (!now && streaming() && Date.now() - live.last < LIVE_STREAM_POLL_MS) return;
  live.last = Date.now();
  const params = new URLSearchParams();
  if (live.cursor !== null) params.set("after", live.cursor);
  if (target.claim) params.set("claim", target.claim);
  live.busy = true;
  fetch(`${target.url}?${params}`, {
    method: "POST",
    credentials: "same-origin",
    headers: { "X-CSRFToken": csrfToken(), Accept: "application/json" },
  })
    .then((response) => (response.ok ? response.json() : null))
    .then((data) => {
      if (!data) return;
      live.cursor = data.cursor;
      showViewers(target, data.viewers || []);
      showLiveChanges(target, data.changed || []);
    })
    .catch(() => {
      // The server may be restarting; the next poll tries again.
    })
    .finally(() => {
      live.busy = false;
      if (live.again) {
        live.again = false;
        livePoll(true);
      }
    });
}

document.addEventListener("DOMContentLoaded", () => {
  if (!liveTarget()) return;
  // The newest change when the page was rendered: the first poll asks for any made since.
  const cursor = parseInt(document.querySelector("[data-live-cursor]")?.dataset.liveCursor, 10);
  if (!Number.isNaN(cursor)) live.cursor = cursor;
  livePoll(true);
  openLiveStream();
  window.setInterval(() => livePoll(), LIVE_POLL_MS);
  document.body.addEventListener("htmx:afterSettle", () => {
    if (liveTarget()?.claim) livePoll(true);
  });
});

// --- reading view ------------------------------------------------------------------------------
document.addEventListener("click", (event) => {
  if (event.target.closest?.("[data-print]")) window.print();
  const copy = event.target.closest?.("[data-copy]");
  const field = copy && document.querySelector(copy.dataset.copy);
  if (!field) return;
  field.select();
  navigator.clipboard?.writeText(field.value).then(
    () => {
      copy.textContent = "Copied";
    },
    () => {
      copy.textContent = "Press Ctrl+C to copy";
    },
  );
});
