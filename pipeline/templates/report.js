"use strict";
// The report's behaviour: the heatmap's tooltips and mention lists, the facts browser and
// the text views. Every string from a document is set with textContent or as a text node,
// never parsed as HTML.
(function () {
  const $ = (id) => document.getElementById(id);
  const docs = JSON.parse($("documents-data").textContent);
  const objectives = JSON.parse($("objectives-data").textContent);
  const objective = Object.fromEntries(objectives.map((o) => [o.objective, o]));
  const PAGE = 50;

  async function unpack(base64) {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(stream).text();
  }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  const oneLine = (part) => part.replace(/\s+/g, " ");

  // A row's sentence, on one line, its surface marked: cut from the document's text
  // where the sentence was found there, else as the table gives it.
  function sentence(rows, table, i) {
    const T = rows[table];
    const span = el("span");
    const start = T.sentence_start[i];
    if (start === null) {
      span.textContent = T.sentence[i];
      return span;
    }
    const text = rows.texts[T.doc[i]];
    const before = oneLine(text.slice(start, T.char_start[i])).trimStart();
    const after = oneLine(text.slice(T.char_end[i], T.sentence_end[i])).trimEnd();
    span.append(before, el("mark", oneLine(text.slice(T.char_start[i], T.char_end[i]))), after);
    return span;
  }

  function textLink(doc, start, end, label, from) {
    const link = el("a", label);
    link.href = "#text/" + doc + "/" + start + "/" + end;
    link.dataset.from = from;
    return link;
  }

  function number(value) {
    return value === null ? "" : Number(value).toLocaleString("en", { maximumFractionDigits: 2 });
  }

  const ready = unpack($("rows").textContent).then(JSON.parse);

  // --- the heatmap ---------------------------------------------------------------
  const heatmap = $("heatmap");
  const tip = $("tip");
  const detail = $("cell-detail");

  function cellInfo(button) {
    const doc = Number(button.closest("tr").dataset.doc);
    const n = Number(button.dataset.objective);
    return { doc, n, where: docs[doc].label + " · objective " + n + " (" + objective[n].label + ")" };
  }

  function showTip(event) {
    const button = event.target.closest("button.c");
    if (!button) return;
    const info = cellInfo(button);
    tip.textContent = info.where + ": " + button.querySelector(".sr").textContent.trim();
    const box = button.getBoundingClientRect();
    tip.hidden = false;
    tip.style.left = Math.max(0, window.scrollX + box.left - 40) + "px";
    tip.style.top = window.scrollY + box.bottom + 4 + "px";
  }

  function hideTip() {
    tip.hidden = true;
  }

  async function listMentions(button) {
    const rows = await ready;
    const info = cellInfo(button);
    heatmap.querySelectorAll("button.selected").forEach((b) => b.classList.remove("selected"));
    button.classList.add("selected");
    const M = rows.mentions;
    const list = el("ul");
    for (let i = 0; i < M.doc.length; i++) {
      if (M.doc[i] !== info.doc || M.objective[i] !== info.n) continue;
      const item = el("li");
      item.append(el("strong", M.source[i] === "heading" ? "heading" : "text"), " ",
        sentence(rows, "mentions", i), " ",
        textLink(M.doc[i], M.char_start[i], M.char_end[i], "page " + M.page[i], "coverage"));
      list.append(item);
    }
    const title = el("h3", info.where + ": " + objective[info.n].title);
    const counts = el("p", button.querySelector(".sr").textContent.trim());
    detail.replaceChildren(title, counts, list.children.length ? list : el("p", "No mention of this objective."));
  }

  heatmap.addEventListener("mouseover", showTip);
  heatmap.addEventListener("focusin", showTip);
  heatmap.addEventListener("mouseout", hideTip);
  heatmap.addEventListener("focusout", hideTip);
  heatmap.addEventListener("click", (event) => {
    const button = event.target.closest("button.c");
    if (button) listMentions(button).catch(fail);
  });
  document.addEventListener("keydown", (event) => { if (event.key === "Escape") hideTip(); });

  // A second measure, where there is one: the cells take its shades, counts and words.
  document.querySelectorAll("input[name=measure]").forEach((radio) => radio.addEventListener("change", async () => {
    const measure = (await ready).measures[Number(radio.value)];
    heatmap.querySelectorAll("button.c").forEach((button, i) => {
      const [shade, shown, label, framed] = measure.cells[i];
      button.className = "c s" + shade + (framed ? " h" : "");
      button.replaceChildren(shown, el("span", " " + label, "sr"));
    });
    $("legend").textContent = measure.legend;
  }));

  // --- the facts browser -----------------------------------------------------------
  const filters = $("filters");
  const body = $("facts-body");
  const status = $("facts-status");
  let matching = [];
  let page = 0;

  let lowered = null;
  function searchable(rows, i) {
    if (lowered === null) {
      const F = rows.facts;
      lowered = F.doc.map((_, k) => (sentence(rows, "facts", k).textContent + " " + (F.counted[k] || "")).toLowerCase());
    }
    return lowered[i];
  }

  function filterFacts(rows) {
    const form = new FormData(filters);
    const country = form.get("country");
    const area = form.get("area");
    const wanted = form.get("objective");
    const kind = form.get("kind");
    const review = form.get("review");
    const words = String(form.get("q") || "").trim().toLowerCase();
    const F = rows.facts;
    matching = [];
    for (let i = 0; i < F.doc.length; i++) {
      const doc = docs[F.doc[i]];
      if (country && doc.country !== country) continue;
      if (area === "none" ? F.area[i] !== null : area && F.area[i] !== Number(area)) continue;
      if (wanted && !F.objectives[i].includes(Number(wanted))) continue;
      if (kind && F.kind[i] !== kind) continue;
      if (review && doc.review_kind !== review) continue;
      if (words && !searchable(rows, i).includes(words)) continue;
      matching.push(i);
    }
    page = 0;
    renderFacts(rows);
  }

  function renderFacts(rows) {
    const F = rows.facts;
    const first = page * PAGE;
    const shown = matching.slice(first, first + PAGE);
    body.replaceChildren(...shown.map((i) => {
      const doc = docs[F.doc[i]];
      const tr = el("tr");
      tr.dataset.country = doc.country || "";
      let value = number(F.value[i]) + (F.value_max[i] !== null ? "–" + number(F.value_max[i]) : "");
      if (F.unit[i]) value += F.unit[i] === "%" ? "%" : " " + F.unit[i];
      const cells = [
        el("td", doc.label), el("td", F.area[i] === null ? "—" : F.area[i]), el("td", value, "num"),
        el("td", F.counted[i]), el("td", F.qualifier[i]), el("td", F.change[i]), el("td", F.period[i]),
        el("td", F.as_of[i]), el("td", null, "sentence"), el("td", null, "num"),
      ];
      cells[8].append(sentence(rows, "facts", i));
      cells[9].append(textLink(F.doc[i], F.char_start[i], F.char_end[i], F.page[i], "facts"));
      tr.append(...cells);
      return tr;
    }));
    status.textContent = matching.length
      ? matching.length + " fact" + (matching.length === 1 ? "" : "s") + "; showing " + (first + 1) + "–" + (first + shown.length)
      : "No fact matches these filters.";
    $("prev").disabled = page === 0;
    $("next").disabled = first + PAGE >= matching.length;
  }

  filters.addEventListener("input", () => ready.then(filterFacts).catch(fail));
  filters.addEventListener("submit", (event) => event.preventDefault());
  $("prev").addEventListener("click", () => ready.then((rows) => { page -= 1; renderFacts(rows); }));
  $("next").addEventListener("click", () => ready.then((rows) => { page += 1; renderFacts(rows); }));

  // --- changes since the last edition -------------------------------------------------
  function value(amount, unit) {
    if (amount === null) return "";
    return number(amount) + (unit ? (unit === "%" ? "%" : " " + unit) : "");
  }

  function changeSentence(rows, i, side) {
    const C = rows.changes;
    const ref = C[side + "_ref"][i];
    const cell = el("td", null, "sentence");
    if (ref !== null) {
      const table = C.table[i] === "facts" ? "facts" : "mentions";
      const T = rows[table];
      cell.append(sentence(rows, table, ref), " ", textLink(T.doc[ref], T.char_start[ref], T.char_end[ref], "page " + T.page[ref], "changes"));
    } else if (C[side + "_sentence"][i] !== undefined) {
      cell.textContent = C[side + "_sentence"][i];
    }
    return cell;
  }

  function renderChanges(rows) {
    const C = rows.changes;
    document.querySelectorAll("table.changes").forEach((table) => {
      const wanted = Number(table.dataset.comparison);
      const trs = [];
      for (let i = 0; i < C.comparison.length; i++) {
        if (C.comparison[i] !== wanted) continue;
        const tr = el("tr");
        tr.className = C.change[i];
        const what = C.table[i] === "facts" ? (C.counted[i] || C.kind[i])
          : "objective " + C.objective[i] + " (" + objective[C.objective[i]].label + ")";
        tr.append(
          el("td", (C.table[i] === "facts" ? "figure " : "objective ") + C.change[i]),
          el("td", C.area[i] === null ? "—" : C.area[i]), el("td", what),
          el("td", value(C.old_value[i], C.unit[i]), "num"), el("td", value(C.new_value[i], C.unit[i]), "num"),
          changeSentence(rows, i, "old"), changeSentence(rows, i, "new"));
        trs.push(tr);
      }
      table.tBodies[0].replaceChildren(...trs);
    });
  }

  // --- text views --------------------------------------------------------------------
  const view = $("text-view");
  const pre = $("text-body");
  let back = "#facts";

  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-from]");
    if (link) back = "#" + link.dataset.from;
  });

  async function showText() {
    const match = /^#text\/(\d+)\/(\d+)\/(\d+)$/.exec(location.hash);
    if (!match) {
      view.hidden = true;
      return;
    }
    const [doc, start, end] = match.slice(1).map(Number);
    const text = (await ready).texts[doc];
    if (text === undefined) return;
    const pages = (part) => part.replace(/\f/g, "\n──────── next page ────────\n");
    const mark = el("mark", text.slice(start, end), "current");
    pre.replaceChildren(pages(text.slice(0, start)), mark, pages(text.slice(end)));
    $("text-title").textContent = docs[doc].label;
    $("text-file").textContent = docs[doc].doc_id;
    $("text-back").href = back;
    view.hidden = false;
    pre.focus();
    mark.scrollIntoView({ block: "center" });
  }

  window.addEventListener("hashchange", () => showText().catch(fail));

  function fail(error) {
    status.textContent = "The report's data could not be read: " + error;
    console.error(error);
  }

  ready.then((rows) => {
    filterFacts(rows);
    renderChanges(rows);
    return showText();
  }).then(() => {
    document.documentElement.dataset.ready = "true";
  }).catch(fail);
})();
