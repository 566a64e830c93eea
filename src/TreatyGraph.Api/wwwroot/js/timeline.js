import { requireAssets } from "./assets.js";
import { el } from "./graphql.js";

// The timeline page: the filters live in the address (?participants=…&match=…&from=…&to=…&kinds=…&status=…), the
// form writes them there, and the timeline is the TimelineJS export for exactly those filters.
const KINDS = ["Meeting", "Summit", "Visit", "Signing", "Ratification", "Statement", "Agreement", "Revocation", "Protest", "Negotiation", "WarEnd", "Annexation"];
const FIELDS = ["participants", "match", "from", "to", "status"];
const form = document.getElementById("filters");
const problem = document.getElementById("problem");
const kindsBox = document.getElementById("kinds");

for (const kind of KINDS) {
  kindsBox.append(el("label", {}, el("input", { type: "checkbox", name: "kinds", value: kind }), kind));
}

function fillForm(params) {
  for (const name of FIELDS) {
    form.elements[name].value = params.get(name) || (name === "match" ? "ANY" : "");
  }

  const kinds = (params.get("kinds") || "").split(",");
  for (const box of form.querySelectorAll("input[name=kinds]")) {
    box.checked = kinds.includes(box.value);
  }
}

function readForm() {
  const params = new URLSearchParams();
  for (const name of FIELDS) {
    const value = form.elements[name].value.trim();
    if (value && !(name === "match" && value === "ANY")) {
      params.set(name, value);
    }
  }

  const kinds = [...form.querySelectorAll("input[name=kinds]:checked")].map((box) => box.value);
  if (kinds.length) {
    params.set("kinds", kinds.join(","));
  }

  return params;
}

function showProblem(text) {
  problem.textContent = text;
  problem.hidden = !text;
}

async function render() {
  const params = new URLSearchParams(location.search);
  fillForm(params);
  showProblem("");
  const exportUrl = `/export/timelinejs${params.size ? "?" + params : ""}`;
  document.getElementById("download-json").href = exportUrl;
  const graphParams = new URLSearchParams();
  if (params.get("participants")) {
    graphParams.set("participants", params.get("participants"));
  }

  document.getElementById("download-graphml").href = `/export/graphml${graphParams.size ? "?" + graphParams : ""}`;
  const response = await fetch(exportUrl);
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    showProblem(body.detail || `The export failed (${response.status}).`);
    return;
  }

  const timeline = await response.json();
  const embed = document.getElementById("timeline-embed");
  embed.replaceChildren();
  if (timeline.events.length === 0) {
    embed.append(el("p", { class: "notice" }, "No dated events match these filters."));
    return;
  }

  if (!requireAssets(window.TL && window.TL.Timeline, "TimelineJS")) {
    return;
  }

  // Local script path and no web font: TimelineJS then makes no request outside this server.
  window.treatygraphTimeline = new window.TL.Timeline("timeline-embed", timeline, {
    script_path: `${location.origin}/lib/timelinejs/js/`,
    font: null,
    hash_bookmark: false,
    initial_zoom: 2,
    timenav_height_percentage: 35,
  });
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const params = readForm();
  history.pushState(null, "", `/timeline${params.size ? "?" + params : ""}`);
  render();
});
window.addEventListener("popstate", render);
render();
