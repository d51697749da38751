import { visualSuite } from './visual-suite.js';

visualSuite(480);
