import { visualSuite } from './visual-suite.js';

visualSuite(1200);
