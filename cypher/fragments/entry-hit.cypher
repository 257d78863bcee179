// entry-hit — a fragment, not a statement: whether an index entry `e` is a hit of a partner
// question without `of` (`{{> entryHit}}`, after a WHERE's first condition), from the lists the
// entry carries (write-entries.cypher): it has a partner, is of a kind asked, is in the region
// and works on every topic asked.
//
// Reads $query.kinds, $query.region, $query.topics and e. Leaves nothing in scope: it is a
// boolean expression, each line starting with AND.

    AND e.partnerCount > 0 AND e.type IN $query.kinds
    AND ($query.region IS NULL OR $query.region IN e.regions)
    AND all(topic IN $query.topics WHERE topic IN e.worksOn)
