// Langium's parser calls Object.groupBy and Map.groupBy, which Node 20 lacks. Import this module first.
import 'core-js/actual/object/group-by.js';
import 'core-js/actual/map/group-by.js';
