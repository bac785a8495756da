"use strict";
(function () {
  var TYPES = {
    ceasefire: "وقف إطلاق النار", call: "اتصال", meeting: "اجتماع", strike: "قصف / هجوم",
    capture: "سيطرة / انسحاب", statement: "تصريح", other: "أخرى"
  };
  var SUBTYPES = {
    agreed: "اتُّفق عليه", takes_effect: "دخل حيز التنفيذ", violated: "خُرق", collapsed: "انهار",
    called_for: "دعوة إليه", shelling: "قصف مدفعي", air_raid: "غارة جوية", drone: "طائرة مسيّرة",
    missile: "صاروخ", attack: "هجوم", capture: "سيطرة", withdrawal: "انسحاب", phone: "هاتفي",
    talks: "محادثات", summit: "قمة", visit: "زيارة", statement: "بيان", founding: "تأسيس",
    adoption: "اعتماد قرار", election: "انتخابات", agreement_signed: "توقيع اتفاق"
  };
  var PHASES = {
    proposed: "مقترح", agreed: "اتُّفق عليه", signed: "وُقّع", approved: "أُقرّ", takes_effect: "دخل حيز التنفيذ",
    extended: "مُدّد", violated: "خُرق", suspended: "عُلّق", resumed: "استؤنف", ended: "انتهى / انهار"
  };
  var RELATIONS = {
    BEFORE: "قبل", AFTER: "بعد", SIMULTANEOUS: "في الوقت نفسه مع", INCLUDES: "يشمل",
    IS_INCLUDED: "ضمن", OVERLAP: "يتداخل مع"
  };
  var DATED_BY = {
    clause: "التاريخ من العبارة نفسها", sentence: "التاريخ من الجملة", narrative: "التاريخ من سياق السرد",
    dct: "التاريخ من تاريخ النشر", window: "تاريخ تقريبي قبل النشر", anchor: "التاريخ من حدث مرجعي",
    none: "بلا تاريخ"
  };
  var ROLES = {
    agent: "فاعل", patient: "مفعول به", counterpart: "الطرف الآخر", speaker: "المتحدث", mediator: "الوسيط"
  };
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var dayFormat = new Intl.DateTimeFormat("ar", {
    weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC"
  });

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  function color(type) { return "var(--" + (TYPES[type] ? type : "other") + ")"; }
  function day(iso) { return dayFormat.format(new Date(iso + "T00:00:00Z")); }
  function interval(ev) {
    if (!ev.earliest && !ev.latest) return "بلا تاريخ";
    if (ev.earliest === ev.latest) return ev.earliest;
    return (ev.earliest || "…") + " → " + (ev.latest || "…");
  }
  function label(ev) {
    if (ev.headline) return ev.headline;
    return (TYPES[ev.type] || ev.type) + (ev.subtype ? " (" + (SUBTYPES[ev.subtype] || ev.subtype) + ")" : "");
  }
  // one calendar day (the first ten characters of a bound are its day)
  function oneDay(ev) {
    return !!ev.earliest && !!ev.latest && ev.earliest.slice(0, 10) === ev.latest.slice(0, 10);
  }

  var byId = {};
  data.events.forEach(function (ev) { byId[ev.id] = ev; });
  var links = {};
  data.relations.forEach(function (rel) {
    (links[rel.source] = links[rel.source] || []).push(rel);
  });

  function card(ev) {
    var box = el("details", "event type-" + ev.type);
    box.id = "event-" + ev.id;
    box.style.setProperty("--c", color(ev.type));
    box.dataset.type = ev.type;
    var summary = el("summary");
    var head = el("div", "event-head");
    head.appendChild(el("span", "type", TYPES[ev.type] || ev.type));
    if (ev.subtype) head.appendChild(el("span", "subtype", SUBTYPES[ev.subtype] || ev.subtype));
    if (ev.phase) head.appendChild(el("span", "phase", PHASES[ev.phase] || ev.phase));
    var dates = el("span", "dates");
    var range = el("bdi", null, interval(ev));
    range.dir = "ltr";  // ISO dates read left to right, earliest first
    dates.appendChild(range);
    head.appendChild(dates);
    head.appendChild(el("span", "eid", ev.id));
    summary.appendChild(head);
    if (ev.headline) summary.appendChild(el("h3", "headline", ev.headline));
    if (ev.participants.length) {
      var who = el("p", "participants");
      ev.participants.forEach(function (actor, i) {
        if (i) who.appendChild(document.createTextNode("، "));
        who.appendChild(el("bdi", "actor", actor.name));
        if (actor.role) who.appendChild(el("span", "role", " (" + (ROLES[actor.role] || actor.role) + ")"));
      });
      summary.appendChild(who);
    }
    if (ev.place) summary.appendChild(el("div", "place", "المكان: " + (ev.place_name || ev.place)));
    summary.appendChild(el("span", "count", ev.mentions.length + " إشارة في " +
      new Set(ev.mentions.map(function (m) { return m.doc; })).size + " مقالة"));
    ev.warnings.forEach(function (w) { summary.appendChild(el("div", "warning", "⚠ " + w)); });
    box.appendChild(summary);

    var list = el("ul", "mentions");
    ev.mentions.forEach(function (m) {
      var item = el("li", "mention");
      var source = el("span", "source");
      [m.doc, m.published].forEach(function (part) {
        if (!part) return;
        if (source.childNodes.length) source.appendChild(document.createTextNode(" · "));
        var piece = el("bdi", null, part);
        piece.dir = "ltr";
        source.appendChild(piece);
      });
      if (m.dated_by) source.appendChild(el("span", "dated-by", " · " + (DATED_BY[m.dated_by] || m.dated_by)));
      item.appendChild(source);
      var sentence = el("q", "sentence");
      sentence.appendChild(document.createTextNode(m.before ? m.before + " " : ""));
      sentence.appendChild(el("mark", null, m.trigger));
      sentence.appendChild(document.createTextNode(m.after ? " " + m.after : ""));
      item.appendChild(sentence);
      list.appendChild(item);
    });
    box.appendChild(list);
    var rels = links[ev.id] || [];
    if (rels.length) {
      var relList = el("ul", "relations");
      rels.forEach(function (rel) {
        var other = byId[rel.target];
        var item = el("li", null, (RELATIONS[rel.type] || rel.type) + ": ");
        var link = el("a", null, other ? label(other) + " " : rel.target);
        if (other) {
          var when = el("bdi", null, interval(other));
          when.dir = "ltr";
          link.appendChild(when);
        }
        link.href = "#event-" + rel.target;
        item.appendChild(link);
        relList.appendChild(item);
      });
      box.appendChild(relList);
    }
    return box;
  }

  document.title = data.title || document.title;
  var dated = {}, laneEvents = [];
  data.events.forEach(function (ev) {
    if (oneDay(ev)) {
      var key = ev.earliest.slice(0, 10);
      (dated[key] = dated[key] || []).push(ev);
    } else laneEvents.push(ev);
  });
  var axis = document.getElementById("axis");
  var days = Object.keys(dated).sort();
  days.forEach(function (iso) {
    var section = el("section", "day");
    var heading = el("h2", "day-label", day(iso));
    var time = el("time", "iso", iso);
    time.dateTime = iso;
    time.dir = "ltr";
    heading.appendChild(time);
    section.appendChild(heading);
    dated[iso].forEach(function (ev) { section.appendChild(card(ev)); });
    axis.appendChild(section);
  });
  if (!days.length) axis.appendChild(el("p", "empty", "لا أحداث محددة بيوم."));

  laneEvents.sort(function (a, b) {
    var ka = a.earliest || "9999", kb = b.earliest || "9999";
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  var lane = document.getElementById("lane-events");
  laneEvents.forEach(function (ev) { lane.appendChild(card(ev)); });
  if (!laneEvents.length) lane.appendChild(el("p", "empty", "لا شيء."));

  var legend = document.getElementById("legend");
  Object.keys(TYPES).forEach(function (type) {
    var count = data.events.filter(function (ev) { return ev.type === type; }).length;
    var item = el("li");
    var swatch = el("span", "swatch");
    swatch.style.setProperty("--c", color(type));
    item.appendChild(swatch);
    item.appendChild(el("span", null, TYPES[type] + " (" + count + ")"));
    legend.appendChild(item);
  });
  document.getElementById("summary").textContent = data.events.length + " حدثًا من " +
    data.articles.length + " مقالة، " + data.relations.length + " علاقة زمنية.";

  var issues = data.conflicts.map(function (c) { return "تعارض " + c.source + " / " + c.target + ": " + c.message; })
    .concat(data.problems);
  if (issues.length) {
    var box = document.getElementById("issues");
    box.hidden = false;
    box.appendChild(el("h2", null, "تعارضات ومشكلات في المدخلات"));
    var ul = el("ul");
    issues.forEach(function (text) { ul.appendChild(el("li", null, text)); });
    box.appendChild(ul);
  }
  document.body.dataset.rendered = String(data.events.length);
})();
