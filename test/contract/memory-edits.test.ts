import { defineEditSuite, editFixture } from './edit-suite.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';

defineEditSuite('memory', () => MemoryStore.fromData(editFixture()));
