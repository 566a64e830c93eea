import { el, graphql, validity } from "./graphql.js";

// The start page: search (?q=…) and one entity (?entity=id), both kept in the address so they can be shared.
const form = document.getElementById("search");
const input = document.getElementById("q");
const results = document.getElementById("results");
const entitySection = document.getElementById("entity");
const problem = document.getElementById("search-error");

const SEARCH = `query Search($text: String!) { search(text: $text, first: 20) { id kind name aliases { name language } } }`;
const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    id kind name description wikidataId
    aliases { name language }
    relations { type role from { id name } to { id name } validFrom { display } validTo { display } }
  }
}`;

function actions(id) {
  return el("span", { class: "actions" },
    el("a", { href: `/timeline?participants=${encodeURIComponent(id)}` }, "Timeline"),
    el("a", { href: `/connections?from=${encodeURIComponent(id)}` }, "Connections"));
}

function showProblem(message) {
  problem.textContent = message;
  problem.hidden = !message;
}

async function search(text) {
  showProblem("");
  entitySection.hidden = true;
  results.replaceChildren();
  const data = await graphql(SEARCH, { text });
  if (data.search.length === 0) {
    results.append(el("li", {}, `Nothing found for “${text}”.`));
  }

  for (const hit of data.search) {
    const aliases = hit.aliases.map((a) => a.name).slice(0, 4).join(", ");
    results.append(el("li", {},
      el("a", { href: `/?entity=${encodeURIComponent(hit.id)}`, class: "entity-link" }, hit.name),
      el("span", { class: "kind" }, hit.kind),
      aliases ? el("div", { class: "hint" }, aliases) : "",
      actions(hit.id)));
  }
}

async function showEntity(id) {
  showProblem("");
  results.replaceChildren();
  const data = await graphql(ENTITY, { id });
  const entity = data.entity;
  if (!entity) {
    showProblem(`No entity ${id}.`);
    return;
  }

  const relations = el("ul", { class: "results" });
  for (const r of entity.relations) {
    const when = validity(r);
    relations.append(el("li", {},
      el("a", { href: `/?entity=${encodeURIComponent(r.from.id)}` }, r.from.name), ` ${r.type}${r.role ? ` (${r.role})` : ""} `,
      el("a", { href: `/?entity=${encodeURIComponent(r.to.id)}` }, r.to.name),
      when ? el("span", { class: "hint" }, ` ${when}`) : ""));
  }

  entitySection.replaceChildren(
    el("h2", { id: "entity-name" }, entity.name),
    el("p", {}, el("span", { class: "kind" }, entity.kind), " ", el("code", {}, entity.id)),
    entity.description ? el("p", {}, entity.description) : "",
    entity.aliases.length ? el("p", { class: "hint" }, "Also: " + entity.aliases.map((a) => a.language ? `${a.name} (${a.language})` : a.name).join(", ")) : "",
    actions(entity.id),
    el("h2", {}, "Relations"),
    relations);
  entitySection.hidden = false;
  document.title = `${entity.name} – TreatyGraph`;
}

async function render() {
  const params = new URLSearchParams(location.search);
  try {
    if (params.get("entity")) {
      await showEntity(params.get("entity"));
    } else if (params.get("q")) {
      input.value = params.get("q");
      await search(params.get("q"));
    }
  } catch (error) {
    showProblem(error.message);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  history.pushState(null, "", `/?q=${encodeURIComponent(input.value.trim())}`);
  render();
});
window.addEventListener("popstate", render);
render();
