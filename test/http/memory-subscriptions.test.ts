import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { editFixture } from '../contract/edit-suite.js';
import { defineSubscriptionSuite } from './subscription-suite.js';

defineSubscriptionSuite('memory', () => MemoryStore.fromData(editFixture()));
