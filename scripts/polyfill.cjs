// Langium's parser (chevrotain 13) calls Object.groupBy / Map.groupBy, which Node 20 lacks.
require('core-js/actual/object/group-by');
require('core-js/actual/map/group-by');
