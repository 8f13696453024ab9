// The live page: alerts from /live/events (server-sent events), newest first, and the escalation
// index of each dyad drawn as SVG. Built with DOM calls and textContent only: alert text is news
// text, never markup.
"use strict";

const SEVERITIES = ["Minor", "Moderate", "Severe", "Extreme"];
const CHART_DYADS = 6;                 // lines on the chart: the dyads with the highest index now
const TABLE_DYADS = 10;                // rows in the table under it
const MARKERS = ["circle", "square", "triangle", "diamond", "cross", "bar"];
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"];
const SVG = "http://www.w3.org/2000/svg";

const alerts = new Map();    // id -> newest alert, in arrival order (an update moves to the end)
const opened = new Set();    // ids whose evidence the reader opened: kept open across updates and filters
const points = new Map();    // dyad -> Map("id@version" -> {at, index})

const $ = (selector) => document.querySelector(selector);
const filters = $("#filters");

function label(type) {
  return type.replace(/_/g, " ");
}

function countriesOf(alert) {
  return [alert.source && alert.source.code, alert.target && alert.target.code].filter(Boolean);
}

function when(iso) {
  const date = new Date(iso);
  return date.toLocaleString("en-GB", {day: "numeric", month: "short", year: "numeric", hour: "2-digit",
                                        minute: "2-digit", timeZone: "UTC"}) + " UTC";
}

function wanted(alert) {
  const f = new FormData(filters);
  return (!f.get("type") || alert.type === f.get("type")) &&
         (!f.get("country") || countriesOf(alert).includes(f.get("country"))) &&
         (!f.get("severity") || SEVERITIES.indexOf(alert.severity) >= SEVERITIES.indexOf(f.get("severity")));
}

function receive(alert) {
  alerts.delete(alert.id);
  alerts.set(alert.id, alert);
  if (!points.has(alert.dyad)) points.set(alert.dyad, new Map());
  points.get(alert.dyad).set(`${alert.id}@${alert.version}`, {at: Date.parse(alert.last_seen),
                                                               index: alert.escalation_index});
}

// ---- the feed ----

function card(alert) {
  const node = $("#card").content.firstElementChild.cloneNode(true);
  Object.assign(node.dataset, {id: alert.id, type: alert.type, dyad: alert.dyad, severity: alert.severity});
  const level = SEVERITIES.indexOf(alert.severity) + 1;
  node.querySelector(".pips").textContent = "◆".repeat(level) + "◇".repeat(SEVERITIES.length - level);
  node.querySelector(".level").textContent = alert.severity;
  node.querySelector(".headline").textContent = alert.headline;
  node.querySelector(".type").textContent = label(alert.type);
  node.querySelector(".dyad").textContent = alert.dyad;
  node.querySelector(".certainty").textContent = `${alert.certainty}${alert.hedged ? " (hedged)" : ""}`;
  node.querySelector(".sources").textContent =
    `${alert.corroboration} source${alert.corroboration === 1 ? "" : "s"}`;
  const time = node.querySelector(".when");
  time.dateTime = alert.last_seen;
  time.textContent = when(alert.last_seen);
  node.querySelector(".update").textContent = alert.msg_type === "Update" ? `Update v${alert.version}` : "New";
  const items = node.querySelector(".items");
  for (const evidence of alert.evidence.slice().reverse()) items.append(evidenceItem(evidence));
  return node;
}

function evidenceItem(evidence) {
  const item = document.createElement("li");
  const sentence = document.createElement("blockquote");
  sentence.className = "sentence";
  sentence.textContent = evidence.sentence;
  item.append(sentence);
  if (evidence.quotes.length) {
    const quotes = document.createElement("ul");
    quotes.className = "quotes";
    for (const quote of evidence.quotes) {
      const line = document.createElement("li");
      const words = document.createElement("q");
      words.textContent = quote.text;
      const speaker = document.createElement("span");
      speaker.className = "speaker";
      speaker.textContent = ` — ${quote.speaker || "unattributed"}${quote.kind === "direct" ? "" : ` (${quote.kind})`}`;
      line.append(words, speaker);
      quotes.append(line);
    }
    item.append(quotes);
  }
  const origin = document.createElement("p");
  origin.className = "origin";
  const outlet = evidence.outlet || "source";
  if (evidence.url && /^https?:\/\//i.test(evidence.url)) {
    const link = document.createElement("a");
    link.href = evidence.url;
    link.rel = "noopener noreferrer";
    link.target = "_blank";
    link.textContent = `Read at ${outlet} ↗`;
    origin.append(link);
  } else {
    origin.append(outlet);
  }
  const id = document.createElement("span");
  id.className = "article-id";
  id.textContent = ` · article ${evidence.article_id}`;
  origin.append(id);
  item.append(origin);
  return item;
}

function renderFeed() {
  const shown = [...alerts.values()].reverse().filter(wanted);
  $("#feed").replaceChildren(...shown.map((alert) => {
    const node = card(alert);
    node.querySelector("details").open = opened.has(alert.id);
    return node;
  }));
  $("#count").textContent = `(${shown.length} of ${alerts.size})`;
  $("#empty").hidden = shown.length > 0;
  $("#empty").textContent = alerts.size ? "No alerts match these filters." :
    "No alerts yet. They appear here as the pipeline raises them.";
}

function renderFilterOptions(types) {
  const typeSelect = filters.elements.type;
  if (types && typeSelect.options.length === 1) {
    for (const type of types) typeSelect.append(new Option(label(type), type));
  }
  const countrySelect = filters.elements.country;
  const known = new Set([...countrySelect.options].map((o) => o.value));
  const codes = new Set([...alerts.values()].flatMap(countriesOf));
  for (const code of [...codes].sort()) {
    if (!known.has(code)) countrySelect.append(new Option(code, code));
  }
  const options = [...countrySelect.options].slice(1).sort((a, b) => a.value.localeCompare(b.value));
  countrySelect.append(...options);
}

// ---- the chart ----

function svg(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function marker(shape, x, y) {
  const r = 4;
  const paths = {
    circle: `M${x - r},${y} a${r},${r} 0 1,0 ${2 * r},0 a${r},${r} 0 1,0 ${-2 * r},0`,
    square: `M${x - r},${y - r} h${2 * r} v${2 * r} h${-2 * r} z`,
    triangle: `M${x},${y - r - 1} l${r + 1},${2 * r + 1} h${-2 * r - 2} z`,
    diamond: `M${x},${y - r - 1} l${r + 1},${r + 1} l${-r - 1},${r + 1} l${-r - 1},${-r - 1} z`,
    cross: `M${x - r},${y - r} l${2 * r},${2 * r} M${x + r},${y - r} l${-2 * r},${2 * r}`,
    bar: `M${x - r},${y - 1.5} h${2 * r} v3 h${-2 * r} z`,
  };
  return svg("path", {d: paths[shape], class: `marker ${shape}`});
}

function activeDyads() {
  const country = new FormData(filters).get("country");
  return [...points.entries()]
    .filter(([dyad]) => !country || dyad.split(">").includes(country))
    .map(([dyad, byVersion]) => ({dyad, series: [...byVersion.values()].sort((a, b) => a.at - b.at)}))
    .sort((a, b) => b.series.at(-1).index - a.series.at(-1).index);
}

function niceTicks(low, high, count) {
  const step0 = (high - low) / count || 1;
  const magnitude = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= step0);
  const ticks = [];
  for (let v = Math.ceil(low / step) * step; v <= high + 1e-9; v += step) ticks.push(Number(v.toFixed(6)));
  return ticks;
}

function renderChart() {
  const chart = $("#chart");
  // drawn in CSS pixels at the chart's own width, so its text is as large on a phone as on a laptop
  const [W, H, left, right, top, bottom] = [Math.max(chart.clientWidth, 280), 240, 34, 84, 10, 28];
  chart.setAttribute("viewBox", `0 0 ${W} ${H}`);
  const dyads = activeDyads();
  const drawn = dyads.slice(0, CHART_DYADS);
  chart.replaceChildren();
  if (!drawn.length) {
    chart.append(svg("text", {x: W / 2, y: H / 2, "text-anchor": "middle", class: "nodata"}, "No dyads yet"));
    renderDyadTable(dyads);
    return;
  }
  const all = drawn.flatMap((d) => d.series);
  let [t0, t1] = [Math.min(...all.map((p) => p.at)), Math.max(...all.map((p) => p.at))];
  if (t0 === t1) [t0, t1] = [t0 - 3600e3, t1 + 3600e3];
  const values = all.map((p) => p.index);
  const [v0, v1] = [Math.min(0, ...values), Math.max(1, ...values) * 1.1];
  const x = (t) => left + (t - t0) / (t1 - t0) * (W - left - right);
  const y = (v) => top + (v1 - v) / (v1 - v0) * (H - top - bottom);

  const axes = svg("g", {class: "axes"});
  for (const v of niceTicks(v0, v1, 5)) {
    axes.append(svg("line", {x1: left, x2: W - right, y1: y(v), y2: y(v), class: v === 0 ? "zero" : "grid"}));
    axes.append(svg("text", {x: left - 6, y: y(v) + 4, "text-anchor": "end"}, String(v)));
  }
  const spanDays = (t1 - t0) / 86400e3;
  const format = spanDays > 2 ? {day: "numeric", month: "short", year: "2-digit", timeZone: "UTC"}
                              : {hour: "2-digit", minute: "2-digit", timeZone: "UTC"};
  const steps = Math.max(1, Math.floor((W - left - right) / 100));   // a date label needs ~100 px
  for (let i = 0; i <= steps; i += 1) {
    const t = t0 + (t1 - t0) * i / steps;
    axes.append(svg("text", {x: x(t), y: H - bottom + 16, "text-anchor": i === 0 ? "start" : i === steps ? "end" : "middle"},
                    new Date(t).toLocaleString("en-GB", format)));
  }
  chart.append(axes);

  const labels = [];
  drawn.forEach(({dyad, series}, i) => {
    const group = svg("g", {class: `series s${i}`, "data-dyad": dyad});
    group.append(svg("title", {}, `${dyad}: escalation index ${series.at(-1).index}`));
    group.append(svg("polyline", {points: series.map((p) => `${x(p.at)},${y(p.index)}`).join(" "),
                                  "stroke-dasharray": DASHES[i], class: "line"}));
    for (const p of series) group.append(marker(MARKERS[i], x(p.at), y(p.index)));
    labels.push({group, dyad, value: series.at(-1).index, y: y(series.at(-1).index)});
    chart.append(group);
  });
  // labels at the right edge, pushed apart so they never overlap
  labels.sort((a, b) => a.y - b.y);
  let previous = -Infinity;
  for (const item of labels) {
    item.y = Math.max(item.y, previous + 14);
    previous = item.y;
  }
  const overflow = previous - (H - bottom);
  for (const item of labels) {
    const ly = overflow > 0 ? item.y - overflow : item.y;
    item.group.append(marker(MARKERS[drawn.findIndex((d) => d.dyad === item.dyad)], W - right + 10, ly - 4));
    item.group.append(svg("text", {x: W - right + 18, y: ly, class: "label"}, item.dyad));
  }
  renderDyadTable(dyads);
}

function legend(i) {
  const key = svg("svg", {viewBox: "0 0 12 12", width: 12, height: 12, class: `key s${i}`, "aria-hidden": "true"});
  key.append(marker(MARKERS[i], 6, 6));
  return key;
}

function renderDyadTable(dyads) {
  const rows = dyads.slice(0, TABLE_DYADS).map(({dyad, series}, i) => {
    const row = document.createElement("tr");
    const latest = series.at(-1);
    const count = [...alerts.values()].filter((a) => a.dyad === dyad).length;
    const cells = {dyad, index: String(latest.index), last: when(new Date(latest.at).toISOString()), count: String(count)};
    for (const [name, text] of Object.entries(cells)) {
      const cell = document.createElement("td");
      cell.className = name;
      cell.textContent = text;
      row.append(cell);
    }
    if (i < CHART_DYADS) row.firstChild.prepend(legend(i), " ");
    return row;
  });
  if (dyads.length > TABLE_DYADS) {
    const more = document.createElement("tr");
    const cell = document.createElement("td");
    cell.colSpan = 4;
    cell.className = "more";
    cell.textContent = `and ${dyads.length - TABLE_DYADS} more dyads with a lower index`;
    more.append(cell);
    rows.push(more);
  }
  $("#dyads").replaceChildren(...rows);
}

// ---- wiring ----

function render(types) {
  renderFilterOptions(types);
  renderFeed();
  renderChart();
}

function setStatus(state, text) {
  const status = $("#status");
  status.dataset.state = state;
  status.textContent = text;
}

function connect() {
  const events = new EventSource("/live/events");
  events.addEventListener("snapshot", (event) => {
    const {types, alerts: recent} = JSON.parse(event.data);
    recent.forEach(receive);
    render(types);
    setStatus("live", "● Live: new alerts appear at the top");
  });
  events.addEventListener("alert", (event) => {
    receive(JSON.parse(event.data));
    render();
  });
  events.onerror = () => setStatus("down", "○ Disconnected: reconnecting…");
}

filters.addEventListener("change", () => render());
window.addEventListener("resize", () => renderChart());
$("#feed").addEventListener("toggle", (event) => {   // toggle does not bubble: caught on the way down
  const id = event.target.closest("li").dataset.id;
  if (event.target.open) opened.add(id); else opened.delete(id);
}, true);
connect();
