import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { editFixture } from '../contract/edit-suite.js';
import { defineAnswerCacheSuite } from './answer-cache-suite.js';

defineAnswerCacheSuite('memory', () => MemoryStore.fromData(editFixture()));
