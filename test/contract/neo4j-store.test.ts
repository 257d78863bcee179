import { defineContractSuite } from './contract-suite.js';
import { defineCovenantSuite } from './covenant-suite.js';
import { defineExportSuite } from './export-suite.js';
import { defineSearchSuite } from './search-suite.js';
import { seededNeo4jStore } from '../support/seeded-stores.js';

defineContractSuite('Neo4j', seededNeo4jStore);
defineSearchSuite('Neo4j', seededNeo4jStore);
defineExportSuite('Neo4j', seededNeo4jStore);
defineCovenantSuite('Neo4j', seededNeo4jStore);
