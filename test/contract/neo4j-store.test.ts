import { defineContractSuite } from './contract-suite.js';
import { seededNeo4jStore } from '../support/seeded-stores.js';

defineContractSuite('Neo4j', seededNeo4jStore);
