import { seededStore } from './io-fixtures.js';
import { defineWikidataImportSuite } from './wikidata-import-suite.js';

defineWikidataImportSuite('embedded', seededStore);
