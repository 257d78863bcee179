import { seededMemoryStore } from '../support/seeded-stores.js';
import { defineLinkedDataSuite } from './linked-data-suite.js';

defineLinkedDataSuite('embedded', seededMemoryStore);
