// factcheck HTML report: articles are built on demand from the JSON block, figures marked by
// status; all article text goes through textContent, never innerHTML.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("data").textContent);
  const T = data.t;
  const LIST_LIMIT = 200;
  const view = document.getElementById("article");
  const pop = document.getElementById("popover");
  const shown = { statuses: new Set(["conflict", "review", "agree", "none"]), check: "" };
  let current = -1;
  let order = [];  // conflict findings, for n / p
  let cursor = -1;

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v);
    }
    for (const c of children) if (c) e.append(c);
    return e;
  }

  function openArticle(i, focusClaim) {
    if (i !== current) {
      current = i;
      const a = data.articles[i];
      view.replaceChildren(el("h2", { text: a.key, style: "font-size:16px" }));
      const byLine = {};
      for (const f of a.figures) (byLine[f.line] = byLine[f.line] || []).push(f);
      a.lines.forEach((text, n) => {
        const row = el("div", { class: "line" }, el("span", { class: "no", text: String(n + 1) }));
        const body = el("span");
        let pos = 0;
        const figs = (byLine[n + 1] || []).filter(f => f.col - 1 >= pos).sort((x, y) => x.col - y.col);
        for (const f of figs) {
          const start = f.col - 1;
          if (start < pos || start + f.text.length > text.length) continue;
          body.append(document.createTextNode(text.slice(pos, start)));
          const m = el("mark", { class: "fig st-" + f.status, tabindex: "0", "data-claim": f.id, text: f.text,
                                 "aria-label": T[f.status] + " " + f.text });
          m.addEventListener("click", () => showClaim(f.id));
          m.addEventListener("focus", () => showClaim(f.id));
          body.append(m);
          pos = start + f.text.length;
        }
        body.append(document.createTextNode(text.slice(pos)));
        row.append(body);
        view.append(row);
      });
      for (const d of data.findings.filter(f => f.check === "duplicates" && f.articles.includes(i))) view.append(sideBySide(d));
      applyFilters();
    }
    if (focusClaim) {
      const m = view.querySelector('mark[data-claim="' + CSS.escape(focusClaim) + '"]');
      if (m) { m.scrollIntoView({ block: "center" }); m.focus(); }
    }
  }

  function sideBySide(f) {
    const left = el("div"), right = el("div");
    for (const op of f.ops) {
      const t = op.slice(2);
      if (op[0] === "=") { left.append(document.createTextNode(t)); right.append(document.createTextNode(t)); }
      else if (op[0] === "-") left.append(el("del", { text: t }));
      else if (op[0] === "+") right.append(el("ins", { text: t }));
    }
    return el("div", {}, el("h3", { class: "st-" + f.status, text: T.passage + ": " + f.message, style: "font-size:14px" }),
              el("div", { class: "side" }, left, right));
  }

  function showClaim(id) {
    const c = data.claims[id];
    if (!c) return;
    pop.replaceChildren(el("h3", { class: "st-" + c.status, text: c.text + "  " + T[c.status] }));
    const dl = el("dl");
    for (const [k, label] of [["entity", T.entity], ["metric", T.metric], ["period", T.period], ["interval", T.interval],
                              ["bound", T.bound], ["modality", T.modality]])
      dl.append(el("dt", { text: label }), el("dd", { text: c[k] || "—" }));
    pop.append(dl);
    for (const fi of c.findings) pop.append(findingBox(data.findings[fi]));
    if (!c.findings.length) pop.append(el("p", { text: T.unchecked }));
    pop.classList.add("open");
  }

  function findingBox(f) {
    const box = el("div", { class: "finding st-" + f.status },
                   el("div", { text: T[f.status] + " · " + f.name + " · " + f.id }),
                   el("div", { text: f.message }));
    if (f.derivation.length) box.append(el("div", { class: "deriv", text: f.derivation.join("\n") }));
    const links = el("div");
    for (const e of f.evidence) {
      const a = el("a", { class: "ev", tabindex: "0", text: e.path + ":" + e.line });
      const go = () => { if (e.article >= 0) openArticle(e.article, e.claim); };
      a.addEventListener("click", go);
      a.addEventListener("keydown", ev => { if (ev.key === "Enter") go(); });
      links.append(a);
      if (e.note) links.append(el("div", { text: "↳ " + e.note }));
    }
    box.append(links);
    return box;
  }

  function applyFilters() {
    for (const m of view.querySelectorAll("mark.fig")) {
      const c = data.claims[m.dataset.claim];
      const checkOk = !shown.check || c.findings.some(fi => data.findings[fi].check === shown.check);
      m.classList.toggle("dim", !(shown.statuses.has(c.status) && checkOk));
    }
    const list = document.getElementById("finding-list");
    list.replaceChildren();
    const matching = data.findings.map((f, fi) => fi).filter(fi => shown.statuses.has(data.findings[fi].status)
      && (!shown.check || data.findings[fi].check === shown.check));
    for (const fi of matching.slice(0, LIST_LIMIT)) {  // a long archive lists the first ones, conflicts first
      const box = findingBox(data.findings[fi]);
      box.tabIndex = 0;
      box.addEventListener("click", ev => { if (ev.target.tagName !== "A") goTo(fi); });
      list.append(box);
    }
    if (matching.length > LIST_LIMIT) list.append(el("p", { text: "… +" + (matching.length - LIST_LIMIT) }));
    order = data.findings.map((f, fi) => fi).filter(fi => data.findings[fi].status === "conflict"
      && (!shown.check || data.findings[fi].check === shown.check));
  }

  function goTo(fi) {
    const f = data.findings[fi];
    const e = f.evidence.find(x => x.article >= 0 && x.claim) || f.evidence.find(x => x.article >= 0);
    if (e) openArticle(e.article, e.claim);
  }

  document.getElementById("overview").addEventListener("click", ev => {
    const tr = ev.target.closest("tr[data-article]");
    if (tr) openArticle(Number(tr.dataset.article));
  });
  for (const box of document.querySelectorAll("#filters input")) box.addEventListener("change", () => {
    box.checked ? shown.statuses.add(box.dataset.status) : shown.statuses.delete(box.dataset.status);
    applyFilters();
  });
  document.getElementById("check-filter").addEventListener("change", ev => { shown.check = ev.target.value; applyFilters(); });
  document.addEventListener("keydown", ev => {
    if (ev.target.tagName === "SELECT" || ev.target.tagName === "INPUT") return;
    if (ev.key === "Escape") { pop.classList.remove("open"); return; }
    if (!order.length) return;
    if (ev.key === "n" || ev.key === "j") cursor = (cursor + 1) % order.length;
    else if (ev.key === "p" || ev.key === "k") cursor = (cursor - 1 + order.length) % order.length;
    else return;
    goTo(order[cursor]);
  });
  applyFilters();
  if (order.length) { cursor = 0; goTo(order[0]); } else if (data.articles.length) openArticle(0);
})();
