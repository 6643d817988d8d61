// ghatna serve's dashboard: four views over the /v1 API (docs/serve.md).
// Offsets in events are Unicode code points of the article text, so texts
// are handled as arrays of code points (Array.from), never UTF-16 indexes.
"use strict";

const QUADS = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
const QUAD_COLOURS = ["", "#7cb5ec", "#2f9e5a", "#f0b429", "#d64545"];

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = false;
  clearTimeout(showError.timer);
  showError.timer = setTimeout(() => { box.hidden = true; }, 6000);
}

// GET or POST a /v1 route; throws Error(message of the JSON error).
async function api(path, options) {
  const res = await fetch(path, options);
  let body = null;
  try { body = await res.json(); } catch (e) { /* not JSON */ }
  if (!res.ok) throw new Error((body && body.error) || `${res.status} ${res.statusText}`);
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== undefined && v !== null) q.set(k, v);
  return q.toString();
}

// Every page of a paginated query (up to `max` items).
async function allPages(path, params, key, max) {
  let out = [], cursor = "";
  while (out.length < max) {
    const page = await api(`${path}?${query({ ...params, limit: 1000, cursor })}`);
    out = out.concat(page[key]);
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
  }
  return out;
}

// --- Actor search --------------------------------------------------------

// A code as typed (RUS, IGOUNO), else the best dictionary entry's code.
async function resolveActor(value) {
  value = value.trim();
  if (value === "") return "";
  if (/^[A-Z]{3,15}$/.test(value)) return value;
  const found = await api(`/v1/actors?${query({ q: value })}`);
  if (!found.actors.length) throw new Error(`no actor matches '${value}'`);
  return found.actors[0].code;
}

let suggestTimer = null;
function suggestActors(event) {
  const value = event.target.value.trim();
  clearTimeout(suggestTimer);
  if (value.length < 2 || /^[A-Z]{3,15}$/.test(value)) return;
  suggestTimer = setTimeout(async () => {
    try {
      const found = await api(`/v1/actors?${query({ q: value })}`);
      const list = $("actor-list");
      list.replaceChildren(...found.actors.map((a) =>
        el("option", { value: a.code, label: `${a.name} · ${a.romanized} (${a.kind})` })));
    } catch (e) { /* suggestions are optional */ }
  }, 200);
}

// --- Highlighting --------------------------------------------------------

// Appends `chars` (code points) to `container`, the spans [{start, end,
// cls}] (offsets into chars) wrapped in <mark class="...">; overlapping
// spans get all their classes.
function renderMarked(container, chars, spans) {
  const classes = chars.map(() => new Set());
  for (const s of spans) {
    for (let i = Math.max(0, s.start); i < Math.min(chars.length, s.end); ++i) classes[i].add(s.cls);
  }
  let i = 0;
  while (i < chars.length) {
    const key = [...classes[i]].sort().join(" ");
    let j = i + 1;
    while (j < chars.length && [...classes[j]].sort().join(" ") === key) ++j;
    const text = chars.slice(i, j).join("");
    container.append(key ? el("mark", { class: key }, text) : document.createTextNode(text));
    i = j;
  }
}

function eventSpans(e, shift) {
  const spans = [];
  for (const [span, cls] of [[e.source, "src"], [e.target, "tgt"], [e.trigger, "trg"]]) {
    if (span && span.end > span.start) spans.push({ start: span.start - shift, end: span.end - shift, cls });
  }
  return spans;
}

// Where the event's sentence starts in its article: the stored offsets are
// the article's, the sentence text is given alone. The start is the one
// that puts the most of the event's spans on their own words.
function sentenceStart(e) {
  const chars = Array.from(e.sentence_text || "");
  const spans = [e.trigger, e.source, e.target].filter((s) => s && s.text && s.end > s.start);
  let best = null, bestScore = -1;
  for (const anchor of spans) {
    const word = Array.from(anchor.text);
    for (let i = 0; i + word.length <= chars.length; ++i) {
      if (chars.slice(i, i + word.length).join("") !== anchor.text) continue;
      const start = anchor.start - i;
      let score = 0;
      for (const s of spans) {
        const a = s.start - start, b = s.end - start;
        if (a >= 0 && b <= chars.length && chars.slice(a, b).join("") === s.text) ++score;
      }
      if (score > bestScore) { best = start; bestScore = score; }
    }
  }
  return best;
}

function sentenceCell(e) {
  const td = el("td", { class: "sentence", lang: "hi" });
  const start = sentenceStart(e);
  const chars = Array.from(e.sentence_text || "");
  renderMarked(td, chars, start === null ? [] : eventSpans(e, start));
  return td;
}

// A record's mention (its words and offsets, without the sentence): the
// source, target and trigger as highlighted in the article.
function evidenceCell(m, count) {
  return el("td", { lang: "hi" }, el("mark", { class: "src" }, m.source.text), " → ",
    el("mark", { class: "tgt" }, m.target.text), ": ", el("mark", { class: "trg" }, m.trigger.text),
    count > 1 ? ` (+${count - 1})` : "");
}

function eventLabel(e) {
  return `${e.source.code} ${e.code} ${e.target.code}`;
}

// --- Dyad view -----------------------------------------------------------

let dyadChart = null;

async function showDyad(event) {
  if (event) event.preventDefault();
  try {
    const [source, target] = await Promise.all([resolveActor($("dyad-source").value), resolveActor($("dyad-target").value)]);
    const filters = { dyad: `${source},${target}`, from: $("dyad-from").value, to: $("dyad-to").value };
    const [stats, records] = await Promise.all([
      api(`/v1/stats?${query({ ...filters, by: "week" })}`),
      allPages("/v1/events", { ...filters, records: 1 }, "records", 5000),
    ]);
    drawDyadChart(stats.rows);
    fillDyadTable(records);
    const events = stats.rows.reduce((n, r) => n + r.events, 0);
    const summary = $("dyad-summary");
    summary.dataset.events = events;
    summary.dataset.records = records.length;
    summary.dataset.dyad = `${source},${target}`;
    summary.textContent = `${source} → ${target}: ${events} events in ${records.length} records, ` +
      `${new Set(stats.rows.map((r) => r.period)).size} weeks`;
  } catch (e) {
    showError(e.message);
  }
}

function drawDyadChart(rows) {
  const weeks = [...new Set(rows.map((r) => r.period))].sort();
  const datasets = [];
  for (let q = 1; q <= 4; ++q) {
    datasets.push({
      type: "bar", label: QUADS[q], backgroundColor: QUAD_COLOURS[q], stack: "events", yAxisID: "y",
      data: weeks.map((w) => rows.filter((r) => r.period === w && r.quad_class === q).reduce((n, r) => n + r.events, 0)),
    });
  }
  datasets.push({
    type: "line", label: "mean Goldstein", borderColor: "#1d2330", backgroundColor: "#1d2330", yAxisID: "g",
    data: weeks.map((w) => {
      const rs = rows.filter((r) => r.period === w);
      const n = rs.reduce((s, r) => s + r.events, 0);
      return n ? rs.reduce((s, r) => s + r.events * r.mean_goldstein, 0) / n : null;
    }),
  });
  if (dyadChart) dyadChart.destroy();
  dyadChart = new Chart($("dyad-chart"), {
    data: { labels: weeks.map((w) => `week of ${w}`), datasets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      scales: {
        y: { stacked: true, beginAtZero: true, title: { display: true, text: "events" }, ticks: { precision: 0 } },
        g: { position: "right", min: -10, max: 10, grid: { drawOnChartArea: false }, title: { display: true, text: "Goldstein" } },
      },
    },
  });
}

function fillDyadTable(records) {
  const body = $("dyad-table").querySelector("tbody");
  body.replaceChildren(...records.map((r) => {
    const evidence = r.mentions && r.mentions.length ? r.mentions[0] : null;
    const row = el("tr", evidence ? { class: "clickable", title: "open the article" } : {},
      el("td", {}, r.date), el("td", { class: "code" }, r.source), el("td", { class: "code" }, r.code),
      el("td", { class: "code" }, r.target), el("td", {}, String(r.quad_class)), el("td", {}, String(r.goldstein)),
      el("td", {}, String(r.num_mentions)), el("td", {}, String(r.num_articles)),
      evidence ? evidenceCell(evidence, r.mentions.length) : el("td"));
    if (evidence) row.addEventListener("click", () => openArticle(evidence.doc_id));
    return row;
  }));
}

// --- Events view and articles --------------------------------------------

let eventsCursor = null, eventsFilters = null;

async function showEvents(event, more) {
  if (event) event.preventDefault();
  try {
    if (!more) {
      const [source, target] = await Promise.all([resolveActor($("events-source").value), resolveActor($("events-target").value)]);
      eventsFilters = { source, target, root: $("events-root").value.trim(), from: $("events-from").value, to: $("events-to").value };
      eventsCursor = null;
      $("events-table").querySelector("tbody").replaceChildren();
    }
    const page = await api(`/v1/events?${query({ ...eventsFilters, limit: 100, cursor: eventsCursor || "" })}`);
    const body = $("events-table").querySelector("tbody");
    for (const e of page.events) {
      const row = el("tr", { class: "clickable", title: "open the article" },
        el("td", {}, e.date), el("td", { class: "code" }, eventLabel(e)), sentenceCell(e));
      row.addEventListener("click", () => openArticle(e.doc_id));
      body.append(row);
    }
    eventsCursor = page.next_cursor;
    $("events-more").hidden = !eventsCursor;
    $("events-summary").textContent = `${body.children.length} events${eventsCursor ? " (more)" : ""}`;
  } catch (e) {
    showError(e.message);
  }
}

async function openArticle(id) {
  try {
    const a = await api(`/v1/articles/${encodeURIComponent(id)}`);
    selectView("events");
    const box = $("article");
    box.replaceChildren(el("h2", {}, `${a.title || a.id} · ${a.date}`));
    const list = el("ul", { class: "event-list" });
    for (const e of a.events) {
      list.append(el("li", {}, el("span", { class: "code" }, eventLabel(e)), ` ${e.trigger.text}`));
    }
    box.append(list);
    const text = el("div", { lang: "hi" });
    renderMarked(text, Array.from(a.text), a.events.flatMap((e) => eventSpans(e, 0)));
    box.append(text);
    box.hidden = false;
    box.scrollIntoView({ behavior: "smooth" });
  } catch (e) {
    showError(e.message);
  }
}

// --- Network view --------------------------------------------------------

async function showNetwork(event) {
  if (event) event.preventDefault();
  try {
    const records = await allPages("/v1/events", { records: 1, from: $("network-from").value, to: $("network-to").value }, "records", 20000);
    const min = Math.max(1, Number($("network-min").value) || 1);
    const edges = new Map();
    for (const r of records) {
      const key = `${r.source}>${r.target}`;
      const e = edges.get(key) || { source: r.source, target: r.target, count: 0, goldstein: 0 };
      e.count += r.num_mentions;
      e.goldstein += r.num_mentions * r.goldstein;
      edges.set(key, e);
    }
    const links = [...edges.values()].filter((e) => e.count >= min);
    for (const l of links) l.goldstein /= l.count;
    const names = [...new Set(links.flatMap((l) => [l.source, l.target]))];
    drawNetwork(names, links);
    const summary = $("network-summary");
    summary.dataset.nodes = names.length;
    summary.dataset.edges = links.length;
    summary.textContent = `${names.length} actors, ${links.length} dyads, ${records.length} records`;
  } catch (e) {
    showError(e.message);
  }
}

function drawNetwork(names, links) {
  const box = $("network");
  box.replaceChildren();
  const width = box.clientWidth || 600, height = box.clientHeight || 400;
  const index = new Map(names.map((n, i) => [n, i]));
  // Start on a circle and settle the layout before drawing: the same
  // records always give the same picture.
  const nodes = names.map((name, i) => ({
    name,
    x: width / 2 + (height / 3) * Math.cos((2 * Math.PI * i) / names.length),
    y: height / 2 + (height / 3) * Math.sin((2 * Math.PI * i) / names.length),
  }));
  const edges = links.map((l) => ({ source: index.get(l.source), target: index.get(l.target), count: l.count, goldstein: l.goldstein }));
  const colour = d3.scale.linear().domain([-10, 0, 10]).range(["#d64545", "#999999", "#2f9e5a"]);
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const svg = d3.select(box).append("svg").attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("defs").append("marker").attr({ id: "arrow", viewBox: "0 -5 10 10", refX: 20, refY: 0, markerWidth: 9, markerHeight: 9,
      markerUnits: "userSpaceOnUse", orient: "auto" })
    .append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", "#888");
  const force = d3.layout.force().nodes(nodes).links(edges).size([width, height])
    .linkDistance(110).charge(-320).start();
  for (let i = 0; i < 300; ++i) force.tick();
  force.stop();
  const link = svg.selectAll(".link").data(edges).enter().append("line").attr("class", "link")
    .attr("stroke", (d) => colour(d.goldstein)).attr("stroke-opacity", 0.8)
    .attr("stroke-width", (d) => 1 + 7 * d.count / maxCount).attr("marker-end", "url(#arrow)");
  link.append("title").text((d) => `${d.source.name} → ${d.target.name}: ${d.count} events, mean Goldstein ${d.goldstein.toFixed(1)}`);
  const node = svg.selectAll(".node").data(nodes).enter().append("g").attr("class", "node").call(force.drag);
  node.append("circle").attr("r", 7).attr("fill", "#2f6fde");
  node.append("text").attr("dx", 9).attr("dy", 4).text((d) => d.name);
  const place = () => {
    link.attr("x1", (d) => d.source.x).attr("y1", (d) => d.source.y).attr("x2", (d) => d.target.x).attr("y2", (d) => d.target.y);
    node.attr("transform", (d) => `translate(${d.x},${d.y})`);
  };
  place();
  force.on("tick", place);  // dragging a node moves the layout again
}

// --- Code this text ------------------------------------------------------

async function codeText(event) {
  if (event) event.preventDefault();
  const text = $("code-text").value;
  if (!text.trim()) return;
  try {
    const body = { text };
    if ($("code-date").value) body.date = $("code-date").value;
    const result = await api("/v1/code", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const events = result.articles.length ? result.articles[0].events : [];
    $("code-summary").textContent = `${events.length} events`;
    $("code-events").replaceChildren(...events.map((e) => el("li", {},
      el("span", { class: "code" }, eventLabel(e)), ` (${e.source.text} → ${e.target.text}: ${e.trigger.text}; Goldstein ${e.goldstein})`)));
    const evidence = $("code-evidence");
    evidence.replaceChildren();
    renderMarked(evidence, Array.from(text), events.flatMap((e) => eventSpans(e, 0)));
  } catch (e) {
    showError(e.message);
  }
}

// --- Set-up --------------------------------------------------------------

function selectView(name) {
  for (const b of document.querySelectorAll("#tabs button")) b.classList.toggle("active", b.dataset.view === name);
  for (const v of document.querySelectorAll(".view")) v.classList.toggle("active", v.id === `view-${name}`);
}

document.addEventListener("DOMContentLoaded", () => {
  for (const b of document.querySelectorAll("#tabs button")) b.addEventListener("click", () => selectView(b.dataset.view));
  for (const id of ["dyad-source", "dyad-target", "events-source", "events-target"]) $(id).addEventListener("input", suggestActors);
  $("dyad-form").addEventListener("submit", showDyad);
  $("events-form").addEventListener("submit", (e) => showEvents(e, false));
  $("events-more").addEventListener("click", () => showEvents(null, true));
  $("network-form").addEventListener("submit", showNetwork);
  $("code-form").addEventListener("submit", codeText);
  api("/v1/version").then((v) => { $("version").textContent = `ghatna ${v.ghatna} · data ${v.data_checksum.slice(0, 8)}`; }).catch(() => {});
});
