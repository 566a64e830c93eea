import { requireAssets } from "./assets.js";
import { EVIDENCE_FIELDS, el, evidenceBlock, graphql } from "./graphql.js";

// The connections page: the shortest paths between two entities (?from=…&to=…&maxHops=…&asOf=…), drawn with
// cytoscape and listed as text; clicking an edge or a step shows the evidence behind it.
const CONNECTIONS = `query Connections($from: ID!, $to: ID!, $maxHops: Int, $asOf: String) {
  connections(from: $from, to: $to, maxHops: $maxHops, asOf: $asOf, first: 5) {
    length
    steps {
      from { id name kind }
      to { id name kind }
      relation { id type role validFrom { display } validTo { display } }
      event { id title kind date { display } }
      ${EVIDENCE_FIELDS}
    }
  }
}`;
const FIELDS = ["from", "to", "maxHops", "asOf"];
const form = document.getElementById("filters");
const problem = document.getElementById("problem");
const evidencePanel = document.getElementById("evidence");

function showProblem(text) {
  problem.textContent = text;
  problem.hidden = !text;
}

// What a step says in words: "HOLDS_OFFICE (Prime Minister) 2012–2020" or "Signing: … (19 October 1956)".
function describe(step) {
  if (step.relation) {
    const r = step.relation;
    const when = [r.validFrom && r.validFrom.display, r.validTo && r.validTo.display].filter(Boolean).join(" – ");
    return `${r.type}${r.role ? ` (${r.role})` : ""}${when ? `, ${when}` : ""}`;
  }

  return `${step.event.title}${step.event.date ? ` (${step.event.date.display})` : ""}`;
}

function stepId(step) {
  return `${step.relation ? step.relation.id : step.event.id}|${[step.from.id, step.to.id].sort().join("|")}`;
}

function showEvidence(step) {
  evidencePanel.replaceChildren(
    el("h2", {}, "Evidence"),
    el("p", { id: "evidence-step" }, el("strong", {}, step.from.name), ` — ${describe(step)} — `, el("strong", {}, step.to.name)),
    ...step.evidence.map(evidenceBlock));
}

// Where each entity is drawn: `from` at the left end and `to` at the right end of an ellipse, the entities between them
// on its upper and lower arcs, left to right by how many steps from `from` they first appear. A straight line between
// two points of an ellipse passes through no third point of it, so no link is drawn across an entity it does not touch
// (as a layered layout does when two entities of one layer are linked).
function positions(paths, from, to) {
  const hops = new Map([[from, 0]]);
  for (const path of paths) {
    path.steps.forEach((step, i) => {
      for (const [id, at] of [[step.from.id, i], [step.to.id, i + 1]]) {
        hops.set(id, Math.min(hops.has(id) ? hops.get(id) : Infinity, at));
      }
    });
  }

  const between = [...hops.keys()]
    .filter((id) => id !== from && id !== to)
    .sort((a, b) => hops.get(a) - hops.get(b) || a.localeCompare(b));
  const upper = between.filter((_, i) => i % 2 === 0);
  const lower = between.filter((_, i) => i % 2 === 1);
  const angles = new Map([[from, Math.PI], [to, 0]]);
  upper.forEach((id, i) => angles.set(id, Math.PI - (Math.PI * (i + 1)) / (upper.length + 1)));
  lower.forEach((id, i) => angles.set(id, Math.PI + (Math.PI * (i + 1)) / (lower.length + 1)));
  const placed = {};
  for (const [id, angle] of angles) {
    placed[id] = { x: 320 * Math.cos(angle), y: -180 * Math.sin(angle) };
  }

  return placed;
}

function draw(paths, from, to) {
  const nodes = new Map();
  const edges = new Map();
  for (const path of paths) {
    for (const step of path.steps) {
      nodes.set(step.from.id, step.from);
      nodes.set(step.to.id, step.to);
      edges.set(stepId(step), step);
    }
  }

  if (!requireAssets(typeof window.cytoscape === "function", "cytoscape")) {
    return;
  }

  const cy = window.cytoscape({
    container: document.getElementById("graph"),
    elements: [
      ...[...nodes.values()].map((n) => ({ data: { id: n.id, label: n.name, kind: n.kind } })),
      ...[...edges.entries()].map(([id, s]) => ({ data: { id, source: s.from.id, target: s.to.id, label: s.relation ? s.relation.type : s.event.kind } })),
    ],
    layout: { name: "preset", positions: positions(paths, from, to), fit: true, padding: 40 },
    style: [
      { selector: "node", style: { label: "data(label)", "background-color": "#1f5fa8", color: "#1d2433", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4, width: 18, height: 18 } },
      { selector: "node.end", style: { "background-color": "#b35c00" } },
      { selector: "edge", style: { label: "data(label)", width: 3, "line-color": "#9aa3b2", "font-size": 9, "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 1, "curve-style": "bezier" } },
      { selector: "edge:selected", style: { "line-color": "#f2a900", width: 5 } },
    ],
    wheelSensitivity: 0.3,
  });
  cy.getElementById(from).addClass("end");
  cy.getElementById(to).addClass("end");
  cy.on("tap", "edge", (event) => showEvidence(edges.get(event.target.id())));
  window.treatygraphConnections = { cy };
}

function list(paths) {
  const list = document.getElementById("paths");
  list.replaceChildren();
  for (const path of paths) {
    const steps = el("ul");
    for (const step of path.steps) {
      const button = el("button", { type: "button", class: "step" }, `${step.from.name} — ${describe(step)} — ${step.to.name}`);
      button.addEventListener("click", () => showEvidence(step));
      steps.append(el("li", {}, button));
    }

    list.append(el("li", {}, `${path.length} step${path.length === 1 ? "" : "s"}`, steps));
  }
}

async function render() {
  const params = new URLSearchParams(location.search);
  for (const name of FIELDS) {
    form.elements[name].value = params.get(name) || (name === "maxHops" ? "3" : "");
  }

  showProblem("");
  if (!params.get("from") || !params.get("to")) {
    return;
  }

  try {
    const data = await graphql(CONNECTIONS, {
      from: params.get("from"),
      to: params.get("to"),
      maxHops: Number(params.get("maxHops") || 3),
      asOf: params.get("asOf") || null,
    });
    if (data.connections.length === 0) {
      showProblem("No path within that many hops.");
    }

    list(data.connections);
    draw(data.connections, params.get("from"), params.get("to"));
  } catch (error) {
    showProblem(error.message);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const name of FIELDS) {
    const value = form.elements[name].value.trim();
    if (value) {
      params.set(name, value);
    }
  }

  history.pushState(null, "", `/connections?${params}`);
  render();
});
window.addEventListener("popstate", render);
render();
