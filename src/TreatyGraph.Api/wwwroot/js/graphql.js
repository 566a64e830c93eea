// The pages' one way to call the API: POST /graphql, errors thrown with their messages.
export async function graphql(query, variables) {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors && body.errors.length > 0) {
    throw new Error(body.errors.map((e) => e.message).join(" "));
  }

  return body.data;
}

// Builds an element with text (never HTML) and attributes.
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) {
      element.setAttribute(name, value);
    }
  }

  for (const child of children) {
    element.append(child);
  }

  return element;
}

// When a relation held, in words: "1956 – 1991", "since 26 December 1991", "until August 1945", or "" when unknown.
// An open end is said as such, so that a start date alone never reads as the day it all happened.
export function validity(relation) {
  const from = relation.validFrom && relation.validFrom.display;
  const to = relation.validTo && relation.validTo.display;
  if (from && to) {
    return `${from} – ${to}`;
  }

  return from ? `since ${from}` : to ? `until ${to}` : "";
}

// A link to a source only for web addresses; anything else is shown as text.
export function sourceLink(title, url) {
  if (url && /^https?:\/\//i.test(url)) {
    return el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, title);
  }

  return document.createTextNode(title);
}

// One evidence as a quote and its source (article or reference).
export function evidenceBlock(evidence) {
  const source = evidence.article
    ? sourceLink([evidence.article.title, evidence.article.publisher].filter(Boolean).join(", "), evidence.article.url)
    : evidence.reference
      ? sourceLink(evidence.reference.title, evidence.reference.url)
      : document.createTextNode("unknown source");
  return el("div", { class: "evidence" }, el("blockquote", {}, evidence.quote), el("p", { class: "hint" }, "Source: ", source));
}

export const EVIDENCE_FIELDS = "evidence { quote article { title publisher url } reference { title url } }";
