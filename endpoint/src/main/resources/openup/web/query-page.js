// The saved-query page: runs the query through the API with the form's values, draws the table (sortable) and the
// chart, and keeps the address bar, the download links and the SPARQL text in step with the form. Data is only
// ever written with textContent, never parsed as HTML.
(function () {
  "use strict";
  const page = document.getElementById("query-page");
  const form = document.getElementById("params");
  const ui = JSON.parse(page.dataset.ui);
  const headings = JSON.parse(page.dataset.headings); // {columns: {name: heading}, params: {name: label}}
  const id = page.dataset.query;
  const lang = page.dataset.lang;
  const base = page.dataset.base;
  const numberFormat = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 6 });
  const numeric = new Set(["integer", "decimal", "double"]);
  const status = document.getElementById("status");
  const table = document.getElementById("result");
  let answer = null;    // the last JSON answer: {columns, rows, …}
  let chart = null;
  let sort = null;      // {column, ascending}
  let latest = 0;       // only the newest request may draw

  /** The form's values as the API takes them: declared parameters, empty values left out. */
  function apiParams() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (name !== "lang" && value !== "") params.append(name, value);
    }
    return params;
  }

  function missingRequired() {
    return Array.from(form.elements).some((e) => e.required && e.value === "");
  }

  async function run() {
    const params = apiParams();
    const query = params.toString() ? "?" + params : "";
    const pageParams = new URLSearchParams(params);
    if (lang === "en") pageParams.set("lang", "en");
    const address = location.pathname + (pageParams.toString() ? "?" + pageParams : "");
    history.replaceState(null, "", address);
    document.getElementById("permalink").href = address;
    document.getElementById("download-csv").href = "/api/queries/" + id + ".csv" + query;
    document.getElementById("download-json").href = "/api/queries/" + id + ".json" + query;
    if (missingRequired()) {
      show(null, ui.fillIn);
      return;
    }
    const ticket = ++latest;
    status.textContent = ui.loading;
    try {
      const [response, sparql] = await Promise.all([
        fetch("/api/queries/" + id + query, { headers: { Accept: "application/json" } }),
        fetch("/queries/" + id + "/sparql" + query).then((r) => (r.ok ? r.text() : null))
      ]);
      const body = await response.json();
      if (ticket !== latest) return;
      if (sparql !== null) showSparql(sparql);
      if (!response.ok) {
        show(null, failure(response.status, body));
        return;
      }
      sort = null;
      const n = body.rows.length;
      show(body, n === 0 ? ui.noRows : n === 1 && !body.truncated ? ui.row
        : (body.truncated ? ui.truncated : ui.rows).replace("{n}", numberFormat.format(n)));
    } catch (e) {
      if (ticket === latest) show(null, ui.error.replace("{m}", e.message));
    }
  }

  /** The API's error in the page's words: which field, or that the server's time ran out. */
  function failure(status, body) {
    if (status === 400 && body.parameter) {
      return ui.badParameter.replace("{p}", () => headings.params[body.parameter] || body.parameter)
        .replace("{m}", () => body.error);
    }
    if (status === 503) return ui.tooSlow;
    return ui.error.replace("{m}", () => body.error || status);
  }

  function heading(column) {
    return headings.columns[column] || column;
  }

  function showSparql(text) {
    document.getElementById("sparql").textContent = text;
    const title = document.querySelector("h1").textContent;
    document.getElementById("editor-link").href = "/editor#query=" + encodeURIComponent(text)
      + "&tabTitle=" + encodeURIComponent(title);
  }

  function show(body, message) {
    answer = body;
    status.textContent = message;
    drawTable();
    drawChart();
  }

  function drawTable() {
    const head = table.tHead;
    const bodyEl = table.tBodies[0];
    head.replaceChildren();
    bodyEl.replaceChildren();
    if (!answer || answer.rows.length === 0) return;
    const tr = head.insertRow();
    answer.columns.forEach((c, i) => {
      const th = document.createElement("th");
      th.scope = "col";
      if (numeric.has(c.type)) th.className = "num";
      th.setAttribute("aria-sort", sort && sort.column === i ? (sort.ascending ? "ascending" : "descending") : "none");
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = heading(c.name);
      button.title = c.name; // the API's (and the downloads') name for the column
      button.addEventListener("click", () => sortBy(i));
      th.appendChild(button);
      tr.appendChild(th);
    });
    for (const row of sortedRows()) {
      const r = bodyEl.insertRow();
      row.forEach((value, i) => r.appendChild(cell(value, answer.columns[i].type)));
    }
  }

  function cell(value, type) {
    const td = document.createElement("td");
    if (value === null) return td;
    if (numeric.has(type)) {
      td.className = "num";
      td.textContent = numberFormat.format(value);
    } else if (type === "iri" && /^https?:\/\//.test(value)) {
      const a = document.createElement("a");
      // IRIs this server mints are browsed here (/id/…); others go out as they are
      a.href = value.startsWith(base) ? "/id/" + value.substring(base.length) : value;
      a.textContent = value;
      td.className = "iri";
      td.appendChild(a);
    } else {
      td.textContent = String(value);
    }
    return td;
  }

  function sortedRows() {
    if (!sort) return answer.rows;
    const i = sort.column;
    const number = numeric.has(answer.columns[i].type);
    const rows = answer.rows.slice();
    rows.sort((a, b) => {
      if (a[i] === null || b[i] === null) return (a[i] === null) - (b[i] === null); // empty cells last
      const order = number ? a[i] - b[i] : String(a[i]).localeCompare(String(b[i]), "sv");
      return sort.ascending ? order : -order;
    });
    return rows;
  }

  function sortBy(column) {
    sort = { column: column, ascending: !(sort && sort.column === column && sort.ascending) };
    drawTable();
  }

  /** The chart the query's metadata asks for (bar or line of column y against column x), in the API's order. */
  function drawChart() {
    const box = document.getElementById("chart-box");
    const type = page.dataset.chartType;
    if (chart) chart.destroy();
    chart = null;
    box.hidden = true;
    if (!answer || answer.rows.length === 0 || (type !== "bar" && type !== "line") || typeof Chart === "undefined") return;
    const x = answer.columns.findIndex((c) => c.name === page.dataset.chartX);
    const y = answer.columns.findIndex((c) => c.name === page.dataset.chartY);
    if (x < 0 || y < 0) return;
    box.hidden = false;
    chart = new Chart(document.getElementById("chart"), {
      type: type,
      data: {
        labels: answer.rows.map((r) => (r[x] === null ? "" : String(r[x]))),
        datasets: [{ label: heading(answer.columns[y].name), data: answer.rows.map((r) => r[y]), backgroundColor: "#0b5cad" }]
      },
      options: { locale: "sv-SE", animation: false, responsive: true, maintainAspectRatio: false }
    });
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); run(); });
  form.addEventListener("change", run);
  run();
})();
