import { defineEdgePagesSuite } from './edge-pages-suite.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';

defineEdgePagesSuite('embedded store (memory)', (data) => MemoryStore.fromData(data));
