// Keeps the article text in step with the claim panel after htmx swaps it.
document.addEventListener("htmx:afterSwap", (event) => {
  const panel = event.detail.target.querySelector(".panel[data-claim-id]");
  if (!panel) return;
  const claimId = panel.dataset.claimId;
  document.querySelectorAll(".claim-mark.selected, .claim-row.selected").forEach((node) => {
    node.classList.remove("selected");
  });
  document.querySelectorAll(`.claim-mark[data-claim-id="${claimId}"]`).forEach((mark) => {
    mark.className = mark.className.replace(/\bstatus-\d+\b/, `status-${panel.dataset.statusId}`);
    mark.classList.add("selected");
  });
  document.getElementById(`claim-row-${claimId}`)?.classList.add("selected");
});
