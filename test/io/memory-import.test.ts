import { defineImportSuite } from './import-suite.js';
import { referenceStore } from './io-fixtures.js';

defineImportSuite('embedded', referenceStore);
