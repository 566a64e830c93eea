import { requireAssets } from "./assets.js";

// GraphiQL 4 (UMD, with React 18) served from this server, talking to /graphql.
const DEFAULT_QUERY = `# The Japan–Russia timeline, 1945 to 2019. Press the run button (or Ctrl+Enter).
query JapanRussia {
  timeline(participants: ["country:japan", "country:russia"], match: ALL, from: "1945", to: "2019", first: 10) {
    totalCount
    edges { node { title kind date { edtf display } } }
  }
}
`;

if (requireAssets(window.React && window.ReactDOM && window.GraphiQL, "GraphiQL, React")) {
  const root = document.getElementById("graphiql");
  root.textContent = "";
  window.ReactDOM.createRoot(root).render(
    window.React.createElement(window.GraphiQL, {
      fetcher: window.GraphiQL.createFetcher({ url: "/graphql" }),
      defaultQuery: DEFAULT_QUERY,
      defaultEditorToolsVisibility: false,
    }));
}
