import { defineContractSuite } from './contract-suite.js';
import { defineCovenantSuite } from './covenant-suite.js';
import { defineExportSuite } from './export-suite.js';
import { defineSearchSuite } from './search-suite.js';
import { seededMemoryStore } from '../support/seeded-stores.js';

defineContractSuite('embedded store (memory)', seededMemoryStore);
defineSearchSuite('embedded store (memory)', seededMemoryStore);
defineExportSuite('embedded store (memory)', seededMemoryStore);
defineCovenantSuite('embedded store (memory)', seededMemoryStore);
