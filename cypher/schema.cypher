// schema — constraints and indexes, applied idempotently (IF NOT EXISTS) when the store connects.
// Statements are separated by `;`; each runs in its own transaction.
//
// No $params.
// No columns returned.
//
// Every node carries the label Entity and a unique `key`. Relationship keys are unique per
// relationship type: Neo4j 5 has no index spanning several relationship types, so there is one
// constraint per type (the registry checks that every RELATIONSHIP_TYPES member has one). Their
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

CREATE CONSTRAINT rel_key_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_in_region IF NOT EXISTS FOR ()-[r:IN_REGION]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_party_to IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_participates_in IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_targets IF NOT EXISTS FOR ()-[r:TARGETS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_addresses IF NOT EXISTS FOR ()-[r:ADDRESSES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_focuses_on IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_prioritizes IF NOT EXISTS FOR ()-[r:PRIORITIZES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_aligns_with IF NOT EXISTS FOR ()-[r:ALIGNS_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_twinned_with IF NOT EXISTS FOR ()-[r:TWINNED_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_pioneered IF NOT EXISTS FOR ()-[r:PIONEERED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_adopted IF NOT EXISTS FOR ()-[r:ADOPTED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_hosted IF NOT EXISTS FOR ()-[r:HOSTED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_attended IF NOT EXISTS FOR ()-[r:ATTENDED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_holds_office IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_cooperates_with IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_founded IF NOT EXISTS FOR ()-[r:FOUNDED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_applies IF NOT EXISTS FOR ()-[r:APPLIES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_launched IF NOT EXISTS FOR ()-[r:LAUNCHED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_for_project IF NOT EXISTS FOR ()-[r:FOR_PROJECT]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_provides IF NOT EXISTS FOR ()-[r:PROVIDES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_receives IF NOT EXISTS FOR ()-[r:RECEIVES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_related_to IF NOT EXISTS FOR ()-[r:RELATED_TO]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_reports_on IF NOT EXISTS FOR ()-[r:REPORTS_ON]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_coordinates IF NOT EXISTS FOR ()-[r:COORDINATES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_key_supports IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.key IS UNIQUE;

// Wait until every index is online, so the first MERGE already seeks instead of scanning.
CALL db.awaitIndexes(300);

// The change log (record-change.cypher, list-changes.cypher): Change nodes are not Entities, so
// they are in no graph query, count or export.
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE INDEX change_by IF NOT EXISTS FOR (c:Change) ON (c.by);
