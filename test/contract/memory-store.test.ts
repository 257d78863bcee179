import { defineContractSuite } from './contract-suite.js';
import { seededMemoryStore } from '../support/seeded-stores.js';

defineContractSuite('embedded store (memory)', seededMemoryStore);
