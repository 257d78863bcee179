import { seededNeo4jStore } from '../support/seeded-stores.js';
import { defineLinkedDataSuite } from './linked-data-suite.js';

defineLinkedDataSuite('Neo4j', seededNeo4jStore);
