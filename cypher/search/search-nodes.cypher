// search-nodes — the candidates of a full-text search (GraphStore.search): every node of the
// asked types that the `entity_search` index finds for each query token. The adapter ranks them
// with searchPage (src/domain/search.ts), the ranker of the embedded store too, and cuts the page;
// nodes the ranker does not accept are dropped there.
//
// $query  MAP, the inputs (one map parameter, as in find-nodes.cypher):
//   clauses  LIST<STRING>  one Lucene query per distinct query token, built by luceneQueriesFor
//                          (src/store/neo4j/search-index.ts) from normalised, escaped tokens
//   types    LIST<STRING>  node types to keep (every type when the search names none)
//
// Returns one row per candidate:
//   properties  MAP  the node's stored properties, without the search-only ones (see records.ts)
//
// No LIMIT: both stores must count and order every hit the same way, so every candidate is
// returned (a candidate must match every token, which keeps the list short for real queries).

UNWIND $query.clauses AS clause
CALL db.index.fulltext.queryNodes('entity_search', clause) YIELD node
WITH node, count(*) AS matchedClauses
WHERE matchedClauses = size($query.clauses) AND node.type IN $query.types
RETURN node {.*, searchTokens: null, searchVariants: null, searchText: null} AS properties
