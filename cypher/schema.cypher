// schema — constraints and indexes, applied idempotently (IF NOT EXISTS) when the store connects.
// Statements are separated by `;`; each runs in its own transaction.
//
// No $params.
// No columns returned.
//
// Every node carries the label Entity and a unique `key`. Relationship keys are unique per
// relationship type: Neo4j 5 has no index spanning several relationship types, so there is one
// constraint per type (the registry repeats it for every member of RELATIONSHIP_TYPES). Their
// backing RANGE indexes are what MERGE of a relationship and getRelationships seek on.

CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;

// findNodes starts from the type index (n.type IN $types) ...
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
// ... and name lookups and ordering use the name.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
// nameContains: `n.searchText CONTAINS $needle` (searchText = searchTextOf(name, aliases)).
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText);
// Full-text search (search-nodes.cypher): the ranker's normalised words and, for typos, the
// deletion variants of name words (src/store/neo4j/search-index.ts). The whitespace analyzer
// keeps those words as they are. It replaces `entity_fulltext` (name, aliases, description with
// the standard analyzer, which keeps accents and splits words differently from the ranker).
DROP INDEX entity_fulltext IF EXISTS;
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchTokens, n.searchVariants]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false } };

{{#each RELATIONSHIP_TYPES}}
CREATE CONSTRAINT rel_key_{{name}} IF NOT EXISTS FOR ()-[r:{{type}}]-() REQUIRE r.key IS UNIQUE;
{{/each}}

// Wait until every index is online, so the first MERGE already seeks instead of scanning.
CALL db.awaitIndexes(300);

// The change log (record-change.cypher, list-changes.cypher): Change nodes are not Entities, so
// they are in no graph query, count or export.
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE INDEX change_by IF NOT EXISTS FOR (c:Change) ON (c.by);

// The partnership index (index/write-entries.cypher): a graph of its own beside the entities.
// Entries are found by actor (a refresh drops them), keys by key (the index's lists start there).
CREATE CONSTRAINT index_entry_actor IF NOT EXISTS FOR (e:IndexEntry) REQUIRE e.actor IS UNIQUE;
CREATE CONSTRAINT index_key_key IF NOT EXISTS FOR (k:IndexKey) REQUIRE k.key IS UNIQUE;
CREATE CONSTRAINT index_state_name IF NOT EXISTS FOR (s:IndexState) REQUIRE s.name IS UNIQUE;
// Its counts by key (partner-counts.ts), and its entries in key order: a headline's first page is
// read in that order, stopping after `first` hits (find-indexed-partners.cypher).
CREATE CONSTRAINT index_count_key IF NOT EXISTS FOR (c:IndexCount) REQUIRE c.key IS UNIQUE;
CREATE INDEX index_entry_sort IF NOT EXISTS FOR (e:IndexEntry) ON (e.sortKey);
