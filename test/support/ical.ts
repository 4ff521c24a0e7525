/**
 * ical.js, reading the calendar's name as the TEXT value it is (NAME of RFC 7986, and X-WR-CALNAME, which
 * calendar programs show): ical.js knows neither and would give their escapes back as written.
 */
import ICAL from 'ical.js';

for (const name of ['name', 'x-wr-calname']) {
    ICAL.design.icalendar.property[name] = { defaultType: 'text' };
}

export default ICAL;
