// index-notes — what the partnership index noted about some keys (src/domain/semantics/
// index-upkeep.ts, IndexNotes): the actors whose entries read each key's node or relationships,
// and, for a hub, the actors that counted its size and whether they saw it large.
//
// $query  MAP:
//   keys  LIST<STRING>  the keys a change touched
//
// Returns one row per key the index noted:
//   key      STRING
//   readers  LIST<STRING>                                   actor keys
//   sizes    LIST<MAP{type STRING, large BOOLEAN, actor STRING}>

UNWIND $query.keys AS key
MATCH (k:IndexKey {key: key})
RETURN key,
       [(k)<-[:INDEX_READ]-(e:IndexEntry) | e.actor] AS readers,
       [(k)<-[s:INDEX_SIZE]-(e:IndexEntry) | {type: s.type, large: s.large, actor: e.actor}] AS sizes
