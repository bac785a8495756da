"use strict";
// Renders the timeline embedded as JSON: a time axis proportional to time (zoomable), the
// event cards by day, filters and search, undated events folded away.  Every text goes in
// through textContent; every label comes from the data (timeline/io/labels.json).
(function () {
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var L = data.labels;
  var DAY_MS = 86400000, MAX_LANES = 8;
  var dayFormat = new Intl.DateTimeFormat("ar", {
    weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC"
  });
  var monthFormat = new Intl.DateTimeFormat("ar", { month: "long", year: "numeric", timeZone: "UTC" });
  var yearFormat = new Intl.DateTimeFormat("ar", { year: "numeric", timeZone: "UTC" });
  var TICKS = [
    { days: 1, format: new Intl.DateTimeFormat("ar", { day: "numeric", month: "short", timeZone: "UTC" }) },
    { days: 30.44, format: new Intl.DateTimeFormat("ar", { month: "short", year: "numeric", timeZone: "UTC" }) },
    { days: 365.25, format: new Intl.DateTimeFormat("ar", { year: "numeric", timeZone: "UTC" }) },
    { days: 3652.5, format: new Intl.DateTimeFormat("ar", { year: "numeric", timeZone: "UTC" }) }
  ];

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function fmt(key, values) {
    return (L.ui[key] || key).replace(/\{(\w+)\}/g, function (_, name) { return String(values[name]); });
  }
  function lbl(group, key) { return (L[group] && L[group][key]) || key; }
  function color(type) { return "var(--" + (L.types[type] ? type : "other") + ")"; }
  function ltr(text) { var b = el("bdi", null, text); b.dir = "ltr"; return b; }
  // Letters folded for search: diacritics and tatweel dropped, alef/ya/ta marbuta forms merged.
  function fold(text) {
    return (text || "").toLowerCase().replace(/[\u064b-\u0652\u0670\u0640]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627").replace(/\u0649/g, "\u064a").replace(/\u0629/g, "\u0647");
  }
  // "2022-09-13T03:00:00" reads as "2022-09-13 03:00"; one day's times share the date.
  function when(value) {
    if (!value) return ["…", ""];
    var t = value.indexOf("T");
    return t < 0 ? [value, ""] : [value.slice(0, t), value.slice(t + 1, t + 6)];
  }
  function joined(part) { return part[1] ? part[0] + " " + part[1] : part[0]; }
  function interval(ev) {
    if (!ev.earliest && !ev.latest) return "";
    var a = when(ev.earliest), b = when(ev.latest);
    if (ev.earliest === ev.latest || !ev.latest) return joined(a);
    if (a[0] === b[0] && a[1] && b[1]) return a[0] + " " + a[1] + "–" + b[1];
    return joined(a) + " → " + joined(b);
  }
  function title(ev) {
    if (ev.headline) return ev.headline;
    return lbl("types", ev.type) + (ev.subtype ? "، " + lbl("subtypes", ev.subtype) : "");
  }

  var byId = {};
  data.events.forEach(function (ev) {
    byId[ev.id] = ev;
    ev.search = fold([title(ev), ev.place_name || ""].concat(
      ev.participants.map(function (a) { return a.name; }),
      ev.mentions.map(function (m) { return m.before + " " + m.trigger + " " + m.after; })).join(" "));
  });
  var links = {};
  data.relations.forEach(function (rel) { (links[rel.source] = links[rel.source] || []).push(rel); });

  // ------------------------------------------------------------ cards

  function sourcesList(ev) {
    var list = el("ol", "sources");
    list.hidden = true;
    ev.mentions.forEach(function (m) {
      var item = el("li", "source");
      var where = el("div", "where");
      where.appendChild(el("span", "label", L.ui.article + ": "));
      where.appendChild(ltr(m.doc));
      if (m.published) {
        where.appendChild(el("span", "label", " · " + L.ui.published + ": "));
        where.appendChild(ltr(m.published));
      }
      where.appendChild(el("span", "label", " · " + L.ui.offsets + ": "));
      where.appendChild(ltr(m.start + "–" + m.end));
      if (m.dated_by) where.appendChild(el("span", "dated-by", " · " + lbl("dated_by", m.dated_by)));
      item.appendChild(where);
      var sentence = el("q", "sentence");
      sentence.appendChild(document.createTextNode(m.before ? m.before + " " : ""));
      sentence.appendChild(el("mark", null, m.trigger));
      sentence.appendChild(document.createTextNode(m.after ? " " + m.after : ""));
      item.appendChild(sentence);
      list.appendChild(item);
    });
    return list;
  }

  function card(ev) {
    var box = el("article", "event type-" + ev.type);
    box.id = "event-" + ev.id;
    box.tabIndex = -1;
    box.dataset.type = ev.type;
    box.style.setProperty("--c", color(ev.type));
    box.appendChild(el("h3", "headline", title(ev)));
    var meta = el("div", "meta");
    meta.appendChild(el("span", "type", lbl("types", ev.type)));
    if (ev.subtype) meta.appendChild(el("span", "subtype", lbl("subtypes", ev.subtype)));
    if (ev.phase) meta.appendChild(el("span", "phase", lbl("phases", ev.phase)));
    if (interval(ev)) meta.appendChild(el("span", "dates")).appendChild(ltr(interval(ev)));
    box.appendChild(meta);
    if (ev.participants.length) {
      var who = el("p", "participants");
      who.appendChild(el("span", "label", L.ui.participants + ": "));
      ev.participants.forEach(function (actor, i) {
        if (i) who.appendChild(document.createTextNode("، "));
        who.appendChild(el("bdi", "actor", actor.name));
        if (actor.role) who.appendChild(el("span", "role", " (" + lbl("roles", actor.role) + ")"));
      });
      box.appendChild(who);
    }
    if (ev.place) box.appendChild(el("p", "place", L.ui.place + ": " + (ev.place_name || ev.place)));
    ev.warnings.forEach(function (w) { box.appendChild(el("p", "warning", "⚠ " + w)); });
    var articles = new Set(ev.mentions.map(function (m) { return m.doc; })).size;
    var foot = el("div", "foot");
    var toggle = el("button", "sources-toggle", fmt("sources", { count: ev.mentions.length }));
    toggle.type = "button";
    toggle.setAttribute("aria-expanded", "false");
    foot.appendChild(toggle);
    foot.appendChild(el("span", "count", fmt("mentions", { mentions: ev.mentions.length, articles: articles })));
    foot.appendChild(ltr(ev.id)).className = "eid";
    box.appendChild(foot);
    var list = sourcesList(ev);
    box.appendChild(list);
    toggle.addEventListener("click", function () {
      list.hidden = !list.hidden;
      toggle.setAttribute("aria-expanded", String(!list.hidden));
    });
    var rels = links[ev.id] || [];
    if (rels.length) {
      var relList = el("ul", "relations");
      relList.setAttribute("aria-label", L.ui.relations_title);
      rels.forEach(function (rel) {
        var other = byId[rel.target];
        var item = el("li", null, lbl("relations", rel.type) + ": ");
        var link = el("a", null, other ? title(other) : rel.target);
        link.href = "#event-" + rel.target;
        item.appendChild(link);
        relList.appendChild(item);
      });
      box.appendChild(relList);
    }
    ev.card = box;
    return box;
  }

  // ------------------------------------------------------------ axis

  var dated = data.events.filter(function (ev) { return ev.dated; });
  var undated = data.events.filter(function (ev) { return !ev.dated; });
  var first = Math.min.apply(null, dated.map(function (ev) { return ev.start; }));
  var last = Math.max.apply(null, dated.map(function (ev) { return ev.end; }));
  var track = document.getElementById("track");
  var wrap = document.getElementById("track-wrap");
  var scale = 0, fitScale = 0;

  function x(day) { return (day - first) * scale; }
  function drawAxis() {
    track.textContent = "";
    if (!dated.length) return;
    var width = Math.max(wrap.clientWidth - 24, Math.ceil((last - first) * scale) + 24);
    track.style.width = width + "px";
    var unit = TICKS[TICKS.length - 1];
    for (var i = 0; i < TICKS.length; i++) if (TICKS[i].days * scale >= 70) { unit = TICKS[i]; break; }
    var tick = new Date(first * DAY_MS), stepYears = unit.days > 3000 ? 10 : 1;
    tick = unit.days === 1 ? new Date(Date.UTC(tick.getUTCFullYear(), tick.getUTCMonth(), tick.getUTCDate()))
      : unit.days < 100 ? new Date(Date.UTC(tick.getUTCFullYear(), tick.getUTCMonth(), 1))
      : new Date(Date.UTC(tick.getUTCFullYear() - tick.getUTCFullYear() % stepYears, 0, 1));
    for (var n = 0; n < 2000 && tick.getTime() / DAY_MS <= last; n++) {
      var at = tick.getTime() / DAY_MS;
      if (at >= first) {
        var mark = el("span", "tick", unit.format.format(tick));
        mark.style.insetInlineStart = x(at) + "px";
        track.appendChild(mark);
      }
      if (unit.days === 1) tick = new Date(tick.getTime() + DAY_MS);
      else if (unit.days < 100) tick = new Date(Date.UTC(tick.getUTCFullYear(), tick.getUTCMonth() + 1, 1));
      else tick = new Date(Date.UTC(tick.getUTCFullYear() + stepYears, 0, 1));
    }
    var lanes = [];
    dated.forEach(function (ev) { ev.marker = null; });
    dated.filter(function (ev) { return ev.visible; }).sort(function (a, b) {
      return a.start - b.start || a.end - b.end;
    }).forEach(function (ev) {
      var start = x(ev.start), width = Math.max(10, (ev.end - ev.start) * scale);
      var lane = 0;
      while (lane < lanes.length && lanes[lane] > start - 2) lane++;
      lane = Math.min(lane, MAX_LANES - 1);  // past that, markers at one moment overlap
      lanes[lane] = Math.max(lanes[lane] || 0, start + width);
      var marker = el("button", "marker" + (ev.end - ev.start > 1.01 ? " span" : ""));
      marker.type = "button";
      marker.dataset.id = ev.id;
      marker.title = title(ev);
      marker.setAttribute("aria-label", title(ev) + " " + interval(ev));
      marker.style.setProperty("--c", color(ev.type));
      marker.style.insetInlineStart = start + "px";
      marker.style.width = width + "px";
      marker.style.top = (30 + lane * 14) + "px";
      marker.addEventListener("click", function () {
        ev.card.scrollIntoView({ block: "center" });
        ev.card.focus({ preventScroll: true });
      });
      ev.marker = marker;
      track.appendChild(marker);
    });
    track.style.height = (40 + lanes.length * 14) + "px";
    document.getElementById("zoom-label").textContent = fmt("zoom", { scale: (scale / fitScale).toFixed(scale < fitScale * 10 ? 1 : 0) + "×" });
  }
  function zoom(factor) {
    // scrollLeft runs from the start edge: negative towards the left in a right-to-left box
    var sign = getComputedStyle(wrap).direction === "rtl" ? -1 : 1;
    var centre = (sign * wrap.scrollLeft + wrap.clientWidth / 2) / Math.max(scale, 1e-9);
    scale = factor ? Math.min(Math.max(scale * factor, fitScale), 400) : fitScale;
    drawAxis();
    var shown = dated.filter(function (ev) { return ev.visible; }).map(function (ev) { return x(ev.start); });
    var view = centre * scale - wrap.clientWidth / 2;
    if (shown.length && !shown.some(function (at) { return at >= view && at <= view + wrap.clientWidth; })) {
      // nothing in sight after zooming: centre on the middle one of the events shown
      view = shown.sort(function (a, b) { return a - b; })[shown.length >> 1] - wrap.clientWidth / 2;
    }
    wrap.scrollLeft = sign * view;
  }

  // ------------------------------------------------------------ lists, filters

  var list = document.getElementById("events");
  var groups = {}, starts = {};
  dated.forEach(function (ev) {
    (groups[ev.group] = groups[ev.group] || []).push(ev);
    starts[ev.group] = Math.min(starts[ev.group] === undefined ? Infinity : starts[ev.group], ev.start);
  });
  Object.keys(groups).sort(function (a, b) { return starts[a] - starts[b] || (a < b ? -1 : 1); }).forEach(function (iso) {
    var section = el("section", "day");
    var format = iso.length === 4 ? yearFormat : iso.length === 7 ? monthFormat : dayFormat;
    var heading = el("h2", "day-label", format.format(new Date(Date.UTC(+iso.slice(0, 4), (+iso.slice(5, 7) || 1) - 1,
                                                                        +iso.slice(8, 10) || 1))));
    var time = el("time", "iso", iso);
    time.dateTime = iso;
    time.dir = "ltr";
    heading.appendChild(time);
    section.appendChild(heading);
    groups[iso].forEach(function (ev) { section.appendChild(card(ev)); });
    list.appendChild(section);
  });
  var empty = el("p", "empty", dated.length ? L.ui.empty : L.ui.no_events);
  empty.hidden = dated.length > 0;
  list.appendChild(empty);
  var fold_ = document.getElementById("undated");
  var undatedBox = document.getElementById("undated-events");
  undated.forEach(function (ev) { undatedBox.appendChild(card(ev)); });
  fold_.hidden = !undated.length;

  function options(select, allLabel, counts, names) {
    select.appendChild(el("option", null, allLabel)).value = "";
    Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (names[a] < names[b] ? -1 : 1); })
      .forEach(function (key) { select.appendChild(el("option", null, names[key] + " (" + counts[key] + ")")).value = key; });
  }
  var typeCounts = {}, actorCounts = {}, actorNames = {}, placeCounts = {}, placeNames = {}, typeNames = {};
  data.events.forEach(function (ev) {
    typeCounts[ev.type] = (typeCounts[ev.type] || 0) + 1;
    typeNames[ev.type] = lbl("types", ev.type);
    var seen = {};
    ev.participants.forEach(function (a) {
      if (seen[a.key]) return;
      seen[a.key] = 1;
      actorCounts[a.key] = (actorCounts[a.key] || 0) + 1;
      actorNames[a.key] = actorNames[a.key] || a.name;
    });
    if (ev.place) {
      placeCounts[ev.place] = (placeCounts[ev.place] || 0) + 1;
      placeNames[ev.place] = ev.place_name || ev.place;
    }
  });
  var typeFilter = document.getElementById("type-filter");
  var actorFilter = document.getElementById("actor-filter");
  var placeFilter = document.getElementById("place-filter");
  var search = document.getElementById("search");
  options(typeFilter, L.ui.all_types, typeCounts, typeNames);
  options(actorFilter, L.ui.all_actors, actorCounts, actorNames);
  options(placeFilter, L.ui.all_places, placeCounts, placeNames);
  search.placeholder = L.ui.search;

  function apply() {
    var type = typeFilter.value, actor = actorFilter.value, place = placeFilter.value;
    var words = fold(search.value).split(/\s+/).filter(Boolean);
    var shown = 0, shownUndated = 0;
    data.events.forEach(function (ev) {
      ev.visible = (!type || ev.type === type) && (!place || ev.place === place) &&
        (!actor || ev.participants.some(function (a) { return a.key === actor; })) &&
        words.every(function (w) { return ev.search.indexOf(w) >= 0; });
      ev.card.hidden = !ev.visible;
      if (ev.visible) { shown++; if (!ev.dated) shownUndated++; }
    });
    var any = false;
    Array.prototype.forEach.call(list.querySelectorAll("section.day"), function (section) {
      section.hidden = !section.querySelector("article.event:not([hidden])");
      any = any || !section.hidden;
    });
    empty.hidden = any || !dated.length;
    drawAxis();
    document.getElementById("undated-title").textContent = fmt("undated", { count: shownUndated });
    document.getElementById("shown").textContent = fmt("shown", { shown: shown, total: data.events.length });
    document.body.dataset.shown = String(shown);
  }
  [typeFilter, actorFilter, placeFilter].forEach(function (s) { s.addEventListener("change", apply); });
  search.addEventListener("input", apply);
  document.getElementById("zoom-in").addEventListener("click", function () { zoom(2); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(0.5); });
  document.getElementById("zoom-fit").addEventListener("click", function () { zoom(0); });

  // ------------------------------------------------------------ page

  document.title = data.title || document.title;
  document.getElementById("summary").textContent = fmt("summary", {
    events: data.events.length, articles: data.articles.length, relations: data.relations.length });
  var legend = document.getElementById("legend");
  Object.keys(L.types).forEach(function (type) {
    var item = el("li");
    var swatch = el("span", "swatch");
    swatch.style.setProperty("--c", color(type));
    item.appendChild(swatch);
    item.appendChild(el("span", null, L.types[type] + " (" + (typeCounts[type] || 0) + ")"));
    legend.appendChild(item);
  });
  var issues = data.conflicts.map(function (c) { return L.ui.conflict + " " + c.source + " / " + c.target + ": " + c.message; })
    .concat(data.problems);
  if (issues.length) {
    var box = document.getElementById("issues");
    box.hidden = false;
    box.appendChild(el("h2", null, L.ui.issues));
    var ul = el("ul");
    issues.forEach(function (text) { ul.appendChild(el("li", null, text)); });
    box.appendChild(ul);
  }
  data.events.forEach(function (ev) { ev.visible = true; });
  fitScale = dated.length ? Math.max(wrap.clientWidth - 48, 200) / Math.max(last - first, 1) : 1;
  scale = fitScale;
  apply();
  document.getElementById("axis").hidden = !dated.length;
  document.body.dataset.rendered = String(data.events.length);
})();
